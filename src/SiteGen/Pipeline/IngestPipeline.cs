using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Parsing;
using SiteGen.Reading;

namespace SiteGen.Pipeline;

/// <summary>The ingest half of a build: site.yml, then read → parse every listing in the input folder.</summary>
public static class IngestPipeline
{
    public static IngestResult Run(string inputDir, DiagnosticBag diagnostics)
    {
        var config = SiteConfigLoader.Load(inputDir, diagnostics);
        var texts = InputFolderReader.Read(inputDir, diagnostics);
        var listed = texts.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, pinned) in config.ListingYears.Where(y => !listed.Contains(y.Key)))
            diagnostics.Warning(pinned.At, $"listing_years: '{file}' is not a listing in the input folder; its year pins nothing");
        var listings = ParseStage.Run(texts, config, diagnostics);
        return new IngestResult(config, listings);
    }
}

public sealed record IngestResult(SiteConfig Config, IReadOnlyList<ParsedListing> Listings)
{
    public IEnumerable<Model.PaperRecord> Records => Listings.SelectMany(l => l.Records);
}
