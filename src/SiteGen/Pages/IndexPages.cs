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
        // Names are shown as written and filed by their Latin spelling: "Иванов, Сергей" under I, beside "Ivanova";
        // a leading hamza, spelled as an apostrophe ("أحمد" → "'hmd"), is not a letter to file under.
        var entries = site.Catalog.Authors.Values
            .Select(a => (Key: LatinSpelling.Of(a.Name.Inverted).Trim().TrimStart('\'', '`'), View: new AuthorEntryView(a.Name.Display, a.Name.Inverted,
                root + SitePaths.Author(a.Id), site.PapersByAuthor[a.Id].Count(), a.IsMember)))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ThenBy(a => a.View.SortName, StringComparer.Ordinal)
            .ThenBy(a => a.View.Href, StringComparer.Ordinal)
            .ToList();
        var letters = entries.GroupBy(e => Letter(e.Key), e => e.View)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LetterGroupView(g.Key, "letter-" + (g.Key == "#" ? "other" : g.Key.ToLowerInvariant()), g.ToList()))
            .ToList();
        var view = new AuthorIndexView(entries.Count, [.. entries.Select(e => e.View).Where(e => e.IsMember)], letters,
            letters.Select(l => new LinkView(l.Letter, "#" + l.Id)).ToList());
        return new SiteFile(path, site.Theme.RenderPage(PageLayouts.Authors, view, site.Frame(path, "Authors", "authors", PageDescriptions.Authors(entries.Count, view.Members.Select(m => m.Name)))));
    }

    private static string Letter(string latin) =>
        latin.Length > 0 && latin[0] is >= 'a' and <= 'z' ? char.ToUpperInvariant(latin[0]).ToString() : "#";

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
