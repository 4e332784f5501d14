using System.Globalization;
using SiteGen.Output;
using SiteGen.Text;

namespace SiteGen.Pages;

/// <summary>The author (A–Z), topic and year indexes.</summary>
public sealed class IndexPages(SiteContext site)
{
    public IEnumerable<SiteFile> Build() => [Authors(), Topics(), Years()];

    private SiteFile Authors()
    {
        const string path = SitePaths.AuthorIndex;
        var root = SitePaths.RootFrom(path);
        var entries = site.Catalog.Authors.Values
            .Select(a => new AuthorEntryView(a.Name.Display, a.Name.Inverted, root + SitePaths.Author(a.Id), site.PapersByAuthor[a.Id].Count(), a.IsMember))
            .OrderBy(a => TextFolding.Fold(a.SortName), StringComparer.Ordinal)
            .ThenBy(a => a.Href, StringComparer.Ordinal)
            .ToList();
        var letters = entries.GroupBy(e => Letter(e.SortName))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LetterGroupView(g.Key, "letter-" + (g.Key == "#" ? "other" : g.Key.ToLowerInvariant()), g.ToList()))
            .ToList();
        var view = new AuthorIndexView(entries.Count, entries.Where(e => e.IsMember).ToList(), letters,
            letters.Select(l => new LinkView(l.Letter, "#" + l.Id)).ToList());
        return new SiteFile(path, site.Theme.RenderPage(PageLayouts.Authors, view, site.Frame(path, "Authors", "authors", PageDescriptions.Authors(entries.Count, view.Members.Select(m => m.Name)))));
    }

    private static string Letter(string sortName)
    {
        var folded = TextFolding.Fold(sortName);
        return folded.Length > 0 && folded[0] is >= 'a' and <= 'z' ? char.ToUpperInvariant(folded[0]).ToString() : "#";
    }

    private SiteFile Topics()
    {
        const string path = SitePaths.TopicIndex;
        var root = SitePaths.RootFrom(path);
        var topics = site.Catalog.Topics.Values
            .Select(t => new TopicEntryView(t.Name, t.Code, root + SitePaths.Topic(t.Id), site.TopicPapers(t.Id).Count))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        return new SiteFile(path, site.Theme.RenderPage(PageLayouts.Topics, new TopicIndexView(topics.Count, topics), site.Frame(path, "Topics", "topics", PageDescriptions.Topics(topics.Count, topics.Select(t => t.Name)))));
    }

    private SiteFile Years()
    {
        const string path = SitePaths.YearIndex;
        var root = SitePaths.RootFrom(path);
        var years = site.PapersByYear.OrderByDescending(g => g.Key ?? int.MinValue).Select(g =>
        {
            var href = root + SitePaths.Year(g.Key);
            var papers = g.ToList();
            // A month links to the page of the year's list where its first paper is.
            var months = papers.Select((p, i) => (p.Date.Month, Index: i)).Where(x => x.Month is not null)
                .GroupBy(x => x.Month!.Value)
                .Select(m => new MonthEntryView(
                    CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m.Key),
                    m.Count(),
                    root + SitePaths.Paginated(SitePaths.Year(g.Key), m.First().Index / site.Config.PageSize + 1) + "#" + ViewFactory.MonthAnchor(m.Key)))
                .ToList();
            return new YearEntryView(g.Key?.ToString(CultureInfo.InvariantCulture) ?? "Undated", href, g.Count(), months);
        }).ToList();
        return new SiteFile(path, site.Theme.RenderPage(PageLayouts.Years, new YearIndexView(site.Papers.Count, years), site.Frame(path, "Years", "years", PageDescriptions.Years(site.Papers))));
    }
}
