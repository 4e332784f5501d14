using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Search;
using SiteGen.Text;

namespace SiteGen.E2E.Support;

/// <summary>The shipped input/ read and merged, one <see cref="SearchDocument"/> per paper.</summary>
internal static class ShippedDocuments
{
    public static (Catalog Catalog, IReadOnlyList<(Paper Paper, SearchDocument Document)> Papers) Load()
    {
        var diagnostics = new DiagnosticBag();
        var ingest = IngestPipeline.Run(RepoPaths.Input, diagnostics);
        var catalog = MergeStage.Run(ingest.Listings, ingest.Config, diagnostics);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var papers = catalog.Papers.Select(p =>
        {
            var slug = p.Slug.Length > 0 ? p.Slug : Slugifier.Slugify(p.Title);
            var unique = slug;
            for (var n = 2; !slugs.Add(unique); n++) unique = $"{slug}-{n}";
            var document = new SearchDocument(
                $"papers/{unique}/index.html",
                p.Title,
                [.. p.Authors.Select(a => a.Name.Display)],
                p.TopicIds,
                [.. p.TopicIds.Select(id => catalog.Topics[id].Name)],
                p.Date.Year,
                p.Date.ToIso(),
                p.Abstract);
            return (p, document);
        }).ToList();
        return (catalog, papers);
    }
}
