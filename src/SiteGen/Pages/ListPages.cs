using System.Globalization;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Topics;

namespace SiteGen.Pages;

/// <summary>
/// The paginated paper lists: all papers, one per topic, one per year, one per author
/// (with co-authors). All share the "list" layout and rel=prev/next pagination.
/// </summary>
public sealed class ListPages(SiteContext site)
{
    private readonly ViewFactory _views = new(site);

    public IEnumerable<SiteFile> Build()
    {
        var years = YearLinks();
        var lists = new List<Func<IEnumerable<SiteFile>>>
        {
            () => List(SitePaths.AllPapers, "All papers", null, site.Papers, "papers", null, years),
        };
        foreach (var topic in site.Catalog.Topics.Values)
            lists.Add(() => List(SitePaths.Topic(topic.Id), topic.Name, TopicSubheading(topic),
                site.TopicPapers(topic.Id), "topics", null, []));
        foreach (var group in site.PapersByYear)
            lists.Add(() => List(SitePaths.Year(group.Key), group.Key?.ToString(CultureInfo.InvariantCulture) ?? "Undated", "Papers by year",
                group.ToList(), "years", null, years, byMonth: true));
        foreach (var author in site.Catalog.Authors.Values)
            lists.Add(() => List(SitePaths.Author(author.Id), author.Name.Display, author.IsMember ? "Group member" : "Author",
                site.PapersByAuthor[author.Id].ToList(), "authors", author, []));
        return lists.AsParallel().SelectMany(build => build());
    }

    private IEnumerable<SiteFile> List(string firstPage, string heading, string? subheading, IReadOnlyList<Paper> papers,
        string section, Author? author, IReadOnlyList<LinkView> yearLinks, bool byMonth = false)
    {
        var pages = Pagination.PageCount(papers.Count, site.Config.PageSize);
        AuthorDetailsView? details = null;
        foreach (var (number, items, path, pagination) in Pagination.Paginate(papers, site.Config.PageSize, firstPage))
        {
            var key = site.Keys.ListPage(path, heading, subheading, author, number, pages, items, papers);
            if (site.Reusable.TryReuse(path, key, out var reused))
            {
                yield return reused;
                continue;
            }
            var root = SitePaths.RootFrom(path);
            if (number == 1 && author is not null) details = AuthorDetails(author, papers, SitePaths.RootFrom(firstPage));
            var view = new ListPageView(heading, subheading, papers.Count, byMonth ? _views.ByMonth(items, root) : _views.ByYear(items, root), pagination,
                number == 1 ? details : null, yearLinks.Select(l => l with { Href = root + l.Href }).ToList());
            var title = number == 1 ? heading : string.Create(CultureInfo.InvariantCulture, $"{heading} (page {number})");
            var frame = site.Frame(path, title, section) with
            {
                RelPrev = pagination.Prev?.Href,
                RelNext = pagination.Next?.Href,
            };
            yield return new SiteFile(path, site.Theme.RenderPage(PageLayouts.List, view, frame)) { Key = key };
        }
    }

    /// <summary>
    /// What a topic is: a listing category named as arXiv names it, or a taxonomy topic that
    /// also holds a category ("Computer vision" holds CV), whose papers are not all from it.
    /// </summary>
    internal static string TopicSubheading(Topic topic)
    {
        if (topic.Code is null) return "Topic";
        var arxivName = ArxivCategories.NameOf(topic.Code);
        if (arxivName is null) return $"Category {topic.Code}";
        return arxivName == topic.Name ? $"arXiv category {topic.Code}" : $"Topic, with arXiv category {topic.Code}: {arxivName}";
    }

    private AuthorDetailsView AuthorDetails(Author author, IReadOnlyList<Paper> papers, string root)
    {
        var coAuthors = papers.SelectMany(p => p.Authors.Select(a => a.AuthorId).Distinct())
            .Where(id => id != author.Id)
            .GroupBy(id => id, StringComparer.Ordinal)
            .Select(g => (Author: site.Catalog.Authors[g.Key], Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Author.Name.Family, StringComparer.Ordinal).ThenBy(x => x.Author.Id, StringComparer.Ordinal)
            .Select(x => new CoAuthorView(x.Author.Name.Display, root + SitePaths.Author(x.Author.Id), x.Count, x.Author.IsMember))
            .ToList();
        var spellings = author.Variants.Select(v => v.Display).Where(v => v != author.Name.Display).Distinct(StringComparer.Ordinal).ToList();
        return new AuthorDetailsView(author.IsMember, author.Homepage, spellings, coAuthors);
    }

    private List<LinkView> YearLinks() =>
        site.PapersByYear.Select(g => g.Key).OrderByDescending(y => y ?? int.MinValue)
            .Select(y => new LinkView(y?.ToString(CultureInfo.InvariantCulture) ?? "Undated", SitePaths.Year(y)))
            .ToList();
}
