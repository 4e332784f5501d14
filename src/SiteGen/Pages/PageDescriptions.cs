using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>
/// The meta description of every page that is not a paper's (a paper's is its abstract): what a
/// search engine shows under the link, and what a reader sharing it sees. Each says what the page
/// lists and names its newest papers, within the ~160 characters results show.
/// </summary>
internal static class PageDescriptions
{
    private const int Max = 160;

    /// <summary>
    /// The description of each page of one list, by page number. What the list holds is summed once per list:
    /// per page, "All papers" at 100k walked its 100,000 papers on each of its 1,000 pages.
    /// </summary>
    public static Func<int, string> List(string heading, string? subheading, IReadOnlyList<Paper> papers)
    {
        var count = Count(papers.Count);
        var what = subheading switch
        {
            "Author" or "Group member" => $"{count} by {heading}",
            "Papers by year" => $"{count} from {heading}",
            "Papers by type" => $"{heading}: {count}",
            null => $"{heading}: {count}",
            _ => $"{count} on {heading}",
        };
        var lead = what + YearSpan(papers);
        return page => Fit(page > 1 ? string.Create(CultureInfo.InvariantCulture, $"{lead} (page {page})") : lead, papers.Select(p => p.Title));
    }

    public static string Home(string siteTitle, int papers, int authors, IEnumerable<string> topTopics) =>
        Fit($"{siteTitle}: {Count(papers)} by {authors.ToString(CultureInfo.InvariantCulture)} authors", topTopics, "on");

    public static string Authors(int count, IEnumerable<string> members) =>
        Fit($"{count.ToString(CultureInfo.InvariantCulture)} authors, A–Z, with their papers", members, "group members");

    public static string Topics(int count, IEnumerable<string> largest) =>
        Fit($"{count.ToString(CultureInfo.InvariantCulture)} topics", largest);

    public static string Years(IReadOnlyList<Paper> papers) => $"{Count(papers.Count)} by year{YearSpan(papers)}, with the months of each year.";

    public static string People(string siteTitle, IEnumerable<string> members) => Fit($"The people of {siteTitle}", members);

    public static string Search(int papers) => $"Search {Count(papers)} by title, author, topic and abstract; filter by topic and year.";

    private static string Count(int n) => n == 1 ? "1 paper" : n.ToString("N0", CultureInfo.InvariantCulture) + " papers";

    private static string YearSpan(IReadOnlyList<Paper> papers)
    {
        int? min = null, max = null;
        foreach (var paper in papers)
            if (paper.Date.Year is int year)
                (min, max) = (Math.Min(min ?? year, year), Math.Max(max ?? year, year));
        if (min is null) return "";
        return min == max ? $", {min}" : $", {min}–{max}";
    }

    /// <summary>The lead, then as many of <paramref name="names"/> as fit ("…: A; B; C").</summary>
    private static string Fit(string lead, IEnumerable<string> names, string? label = null)
    {
        var text = lead;
        var first = true;
        foreach (var name in names)
        {
            var next = text + (first ? (label is null ? ": " : $", {label} ") : "; ") + name;
            if (next.Length > Max - 1) break;
            text = next;
            first = false;
        }
        return text + (text.EndsWith('.') ? "" : ".");
    }
}
