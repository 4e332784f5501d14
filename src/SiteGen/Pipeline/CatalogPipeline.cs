using SiteGen.Annotations;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Permalinks;

namespace SiteGen.Pipeline;

/// <summary>The catalog as the site shows it: merged papers with permanent slugs and the user's annotations.</summary>
public sealed record CatalogResult(
    SiteConfig Config,
    Catalog Catalog,
    PermalinkMap LoadedMap,
    PermalinkMap Map,
    IReadOnlyDictionary<string, IReadOnlyList<string>> OldSlugs);

/// <summary>ingest → merge → permalinks (papers and authors) → annotations: everything before pages are made.</summary>
public static class CatalogPipeline
{
    public static CatalogResult Run(string inputDir, DiagnosticBag diagnostics, StageTimer? timer = null)
    {
        timer ??= new StageTimer();
        var ingest = timer.Time("parse", () => IngestPipeline.Run(inputDir, diagnostics), r => new StageCount(r.Listings.Sum(l => l.Records.Count), "entries"));
        var catalog = timer.Time("merge", () => MergeStage.Run(ingest.Listings, ingest.Config, diagnostics), c => new StageCount(c.Papers.Count, "papers"));
        var loaded = PermalinkMap.Load(inputDir, diagnostics);
        (catalog, var map) = timer.Time("permalinks", () =>
        {
            var (slugged, paperMap) = PermalinkAssigner.Assign(catalog.Papers, loaded);
            var (withAuthors, authors) = AuthorPermalinkAssigner.Assign(catalog with { Papers = slugged }, loaded);
            return (withAuthors, paperMap.WithAuthors(authors));
        }, r => new StageCount(r.Item1.Papers.Count, "papers"));
        var papers = catalog.Papers;
        var oldSlugs = map.Entries.Where(e => e.OldSlugs.Count > 0).ToDictionary(e => e.Key, e => e.OldSlugs, StringComparer.Ordinal);
        papers = timer.Time("annotations", () => AnnotationApplier.Apply(papers, oldSlugs, PaperAnnotationReader.Read(inputDir, diagnostics), diagnostics),
            p => new StageCount(p.Count, "papers"));
        // Needs the records (for positions) and the merged papers (to tell an overlap from a conflict).
        Pages.CitationKeyAliases.ReportContested(ingest.Listings, papers, diagnostics);
        return new CatalogResult(ingest.Config, catalog with { Papers = papers }, loaded, map, oldSlugs);
    }
}
