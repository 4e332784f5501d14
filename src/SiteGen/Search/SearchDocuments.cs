using SiteGen.Model;
using SiteGen.Pages;
using SiteGen.Text;

namespace SiteGen.Search;

/// <summary>The catalog's papers as the search index sees them.</summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(Catalog catalog)
    {
        // "ivanov" finds "Иванов": names in other scripts are searched by their Latin spelling too.
        var spellings = catalog.Authors.Values
            .Select(a => (a.Id, Latin: LatinSpelling.OfOtherScript(a.Name.Display)))
            .Where(x => x.Latin is not null)
            .ToDictionary(x => x.Id, x => x.Latin!, StringComparer.Ordinal);
        return catalog.Papers.Select(p => new SearchDocument(
            SitePaths.Paper(p.Slug),
            p.Title,
            p.Authors.Select(a => catalog.Authors[a.AuthorId].Name.Display).ToList(),
            p.TopicIds,
            p.TopicIds.Select(id => catalog.Topics[id].Name).ToList(),
            p.Date.Year,
            p.Date.ToIso(),
            Tex.ReadableAbstract.Of(p.Abstract).Text,
            spellings.Count == 0 ? null : [.. p.Authors.Select(a => spellings.GetValueOrDefault(a.AuthorId)).OfType<string>()])).ToList();
    }
}
