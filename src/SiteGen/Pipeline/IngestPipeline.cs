using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Parsing;
using SiteGen.Reading;

namespace SiteGen.Pipeline;

/// <summary>The ingest half of a build: site.yml, then read → parse every listing in the input folder.</summary>
public static class IngestPipeline
{
    /// <summary>Reads the input folder and parses it; a site.yml that cannot be read (an error, reported) gives the defaults here.</summary>
    public static IngestResult Run(string inputDir, DiagnosticBag diagnostics)
    {
        var snapshot = InputSnapshot.Read(inputDir, diagnostics);
        return Run(snapshot, SiteConfigLoader.Load(snapshot, diagnostics) ?? SiteConfig.Default, diagnostics);
    }

    public static IngestResult Run(InputSnapshot snapshot, SiteConfig config, DiagnosticBag diagnostics)
    {
        var texts = new SourceText?[snapshot.Listings.Count];
        Parallel.For(0, texts.Length, i => texts[i] = SourceDecoder.Decode(snapshot.Listings[i].Name, snapshot.Listings[i].Bytes, diagnostics));
        var listed = snapshot.Listings.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, pinned) in config.ListingYears.Where(y => !listed.Contains(y.Key)))
            diagnostics.Warning(pinned.At, $"listing_years: '{file}' is not a listing in the input folder; its year pins nothing");
        var listings = ParseStage.Run(texts.OfType<SourceText>().ToList(), config, diagnostics);
        return new IngestResult(config, listings);
    }
}

public sealed record IngestResult(SiteConfig Config, IReadOnlyList<ParsedListing> Listings)
{
    public IEnumerable<Model.PaperRecord> Records => Listings.SelectMany(l => l.Records);
}
