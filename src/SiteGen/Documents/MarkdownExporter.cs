using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Documents;

/// <summary>Every paper as a Markdown document ("&lt;slug&gt;.md"), for users moving to Hugo or Jekyll.</summary>
public static class MarkdownExporter
{
    public static IReadOnlyList<SiteFile> Export(Catalog catalog, IReadOnlyDictionary<string, IReadOnlyList<string>> oldSlugs) =>
        catalog.Papers.AsParallel().AsOrdered()
            .Select(p => MarkdownDocumentWriter.ToFile(PaperDocumentBuilder.Build(p, catalog, oldSlugs.TryGetValue(p.Key, out var old) ? old : [])))
            .ToList();
}
