using SiteGen.Model;
using SiteGen.Pages;

namespace SiteGen.Search;

/// <summary>The catalog's papers as the search index sees them.</summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(Catalog catalog) =>
        catalog.Papers.Select(p => new SearchDocument(
            SitePaths.Paper(p.Slug),
            p.Title,
            p.Authors.Select(a => catalog.Authors[a.AuthorId].Name.Display).ToList(),
            p.TopicIds,
            p.TopicIds.Select(id => catalog.Topics[id].Name).ToList(),
            p.Date.Year,
            p.Date.ToIso(),
            Tex.ReadableAbstract.Of(p.Abstract).Text)).ToList();
}
