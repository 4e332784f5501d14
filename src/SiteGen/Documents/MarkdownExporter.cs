using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Permalinks;

namespace SiteGen.Documents;

/// <summary>Every paper as a Markdown document ("&lt;slug&gt;.md"), for users moving to Hugo or Jekyll.</summary>
public static class MarkdownExporter
{
    public static IReadOnlyList<SiteFile> Export(Catalog catalog, AddressBook addresses) =>
        catalog.Papers.AsParallel().AsOrdered()
            .Select(p => MarkdownDocumentWriter.ToFile(PaperDocumentBuilder.Build(p, catalog, addresses.FormerSlugs(p.Key))))
            .ToList();
}
