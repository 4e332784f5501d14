using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Merging;

/// <summary>The shipped input merged once and shared by the tests that read it.</summary>
internal static class ShippedCatalog
{
    private static readonly Lazy<(Catalog Catalog, IdentityReport Report, DiagnosticBag Diagnostics)> Shipped = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var ingest = IngestPipeline.Run(RepoPaths.Input, diagnostics);
        var report = IdentityReport.Create(ingest.Listings, ingest.Config, diagnostics);
        return (report.Catalog, report, diagnostics);
    });

    public static Catalog Catalog => Shipped.Value.Catalog;

    public static IdentityReport Report => Shipped.Value.Report;

    public static DiagnosticBag Diagnostics => Shipped.Value.Diagnostics;

    public static Paper PaperStartingWith(string titleStart) =>
        Catalog.Papers.Single(p => p.Title.StartsWith(titleStart, StringComparison.Ordinal));

    public static IReadOnlyList<Topic> TopicsOf(Paper paper) => paper.TopicIds.Select(id => Catalog.Topics[id]).ToList();
}
