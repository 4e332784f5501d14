using SiteGen.Annotations;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Permalinks;
using SiteGen.Reading;

namespace SiteGen.Pipeline;

/// <summary>The catalog as the site shows it: merged papers with permanent slugs and the user's corrections.</summary>
/// <param name="Addresses">Every address of every paper (slugs, old slugs, merged titles, citation keys).</param>
/// <param name="Identity">Identity decisions for <c>sitegen check</c>, when asked for.</param>
public sealed record CatalogResult(
    SiteConfig Config,
    Catalog Catalog,
    PermalinkMap LoadedMap,
    PermalinkMap Map,
    AddressBook Addresses,
    IdentityReport? Identity = null);

/// <summary>
/// ingest → merge → permalinks → annotations → authors and topics → author permalinks: everything
/// before pages are made. The user's corrections come after slugs (input/papers/&lt;slug&gt;.md is
/// found by slug) and before authors and topics are resolved (corrected authors and abstracts count
/// there); authors keep their recorded addresses once they are known.
/// </summary>
public static class CatalogPipeline
{
    /// <summary>Reads the input folder and builds its catalog; a site.yml that cannot be read (an error, reported) gives the defaults here.</summary>
    public static CatalogResult Run(string inputDir, DiagnosticBag diagnostics, bool identityReport = false)
    {
        var snapshot = InputSnapshot.Read(inputDir, diagnostics);
        return Run(snapshot, SiteConfigLoader.Load(snapshot, diagnostics) ?? SiteConfig.Default, diagnostics, identityReport: identityReport);
    }

    public static CatalogResult Run(InputSnapshot snapshot, SiteConfig config, DiagnosticBag diagnostics, StageTimer? timer = null, bool identityReport = false)
    {
        timer ??= new StageTimer();
        var ingest = timer.Time("parse", () => IngestPipeline.Run(snapshot, config, diagnostics), r => new StageCount(r.Listings.Sum(l => l.Records.Count), "entries"));
        var drafts = timer.Time("merge", () => MergeStage.Group(ingest.Records, ingest.Config, diagnostics), d => new StageCount(d.Count, "papers"));
        var loaded = PermalinkMap.Load(snapshot, diagnostics);
        var (slugged, map) = timer.Time("permalinks", () => PermalinkAssigner.Assign([.. drafts.Select(d => d.Paper)], loaded,
            drafts.Where(d => d.EntryAbstracts.Count > 0).ToDictionary(d => d.Paper.Key, d => d.EntryAbstracts, StringComparer.Ordinal)), r => new StageCount(r.Item1.Count, "papers"));
        drafts = [.. drafts.Zip(slugged, (d, p) => d with { Paper = p })];
        var addresses = AddressBook.Build(slugged, map);
        drafts = timer.Time("annotations", () => AnnotationApplier.Apply(drafts, addresses, PaperAnnotationReader.Read(snapshot, diagnostics), diagnostics),
            d => new StageCount(d.Count, "papers"));
        var merge = timer.Time("resolve", () => MergeStage.Resolve(drafts, ingest.Config, diagnostics), m => new StageCount(m.Catalog.Authors.Count, "authors"));
        var (catalog, authorSlugs) = timer.Time("author permalinks", () => AuthorPermalinkAssigner.Assign(merge.Catalog, loaded),
            r => new StageCount(r.Catalog.Authors.Count, "authors"));
        map = map.WithAuthors(authorSlugs);
        IncompletePapers.Report(catalog.Papers, diagnostics);
        // Needs the records (for positions) and the merged papers (to tell an overlap from a conflict).
        CitationKeyAliases.ReportContested(ingest.Listings, catalog.Papers, diagnostics);
        return new CatalogResult(ingest.Config, catalog, loaded, map, addresses,
            identityReport ? IdentityReport.Of(merge, ingest.Config.Papers) : null);
    }
}
