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
        var types = site.PapersByType;
        // One kind of work only (every listing paper is a preprint): a list of types would say nothing.
        var typeLists = types.Count > 1;
        IReadOnlyList<CountedLinkView> TypeLinks(string current) => typeLists
            ? [.. types.Select(t => new CountedLinkView(t.Type.Plural, SitePaths.Type(t.Type.Key), t.Papers.Count, SitePaths.Type(t.Type.Key) == current))]
            : [];
        var lists = new List<PaperList>
        {
            new(SitePaths.AllPapers, "All papers", null, site.Papers, "papers")
            {
                YearLinks = years, TypeLinks = TypeLinks(SitePaths.AllPapers),
                Downloads = [new("BibTeX", SitePaths.AllBibtex), new("CSL-JSON", SitePaths.AllCslJson)],
            },
        };
        if (typeLists)
            foreach (var (type, papers) in types)
                lists.Add(new(SitePaths.Type(type.Key), type.Plural, "Papers by type", papers, "papers")
                {
                    TypeLinks = TypeLinks(SitePaths.Type(type.Key)), Downloads = [new("BibTeX", SitePaths.Bibtex(SitePaths.Type(type.Key)))],
                });
        foreach (var topic in site.Catalog.Topics.Values)
            lists.Add(new(SitePaths.Topic(topic.Id), topic.Name, TopicSubheading(topic), site.TopicPapers(topic.Id), "topics"));
        foreach (var group in site.PapersByYear)
            lists.Add(new(SitePaths.Year(group.Key), group.Key?.ToString(CultureInfo.InvariantCulture) ?? "Undated", "Papers by year", group.ToList(), "years")
            {
                YearLinks = years, ByMonth = true, Downloads = [new("BibTeX", SitePaths.Bibtex(SitePaths.Year(group.Key)))],
            });
        foreach (var author in site.Catalog.Authors.Values)
            lists.Add(new(SitePaths.Author(author.Id), author.Name.Display, author.IsMember ? "Group member" : "Author", site.PapersByAuthor[author.Id].ToList(), "authors")
            {
                Author = author, Downloads = [new("BibTeX", SitePaths.Bibtex(SitePaths.Author(author.Id)))],
            });
        return lists.AsParallel().SelectMany(Pages);
    }

    /// <summary>One paginated list and what its pages show besides the papers.</summary>
    private sealed record PaperList(string FirstPage, string Heading, string? Subheading, IReadOnlyList<Paper> Papers, string Section)
    {
        public Author? Author { get; init; }
        public IReadOnlyList<LinkView> YearLinks { get; init; } = [];
        public IReadOnlyList<CountedLinkView> TypeLinks { get; init; } = [];
        public bool ByMonth { get; init; }

        /// <summary>The list's papers as files (site paths), linked from its first page.</summary>
        public IReadOnlyList<LinkView> Downloads { get; init; } = [];
    }

    private IEnumerable<SiteFile> Pages(PaperList list)
    {
        // Counted over the whole list: part of the first page's key, so made before any page is reused.
        var details = list.Author is null ? null : AuthorDetails(list.Author, list.Papers, SitePaths.RootFrom(list.FirstPage));
        var pages = Pagination.PageCount(list.Papers.Count, site.Config.PageSize);
        var describe = PageDescriptions.List(list.Heading, list.Subheading, list.Papers);
        foreach (var (number, items, path, pagination) in Pagination.Paginate(list.Papers, site.Config.PageSize, list.FirstPage))
        {
            var description = describe(number);
            // Everything the page shows besides its papers' items; the items are keyed by paper.
            var key = site.Keys.ListPage(items, path, list.Heading, list.Subheading, list.Section, description, number, pages, list.Papers.Count,
                list.ByMonth, number == 1 ? details : null, list.YearLinks, list.TypeLinks, list.Downloads);
            if (site.Reusable.TryReuse(path, key, out var reused))
            {
                yield return reused;
                continue;
            }
            var root = SitePaths.RootFrom(path);
            var view = new ListPageView(list.Heading, list.Subheading, list.Papers.Count,
                list.ByMonth ? _views.ByMonth(items, root) : _views.ByYear(items, root), pagination,
                number == 1 ? details : null, [.. list.YearLinks.Select(l => l with { Href = root + l.Href })])
            {
                TypeLinks = [.. list.TypeLinks.Select(l => l with { Href = root + l.Href })],
                Downloads = [.. list.Downloads.Select(l => l with { Href = root + l.Href })],
            };
            var title = number == 1 ? list.Heading : string.Create(CultureInfo.InvariantCulture, $"{list.Heading} (page {number})");
            var frame = site.Frame(path, title, list.Section, description) with
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
