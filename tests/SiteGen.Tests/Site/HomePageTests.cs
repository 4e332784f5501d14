using System.Globalization;
using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// The home page (issue 3): title and intro from site.yml, featured and most recent papers,
/// counts, and links to the indexes.
/// </summary>
public sealed class HomePageTests : IDisposable
{
    private static readonly string[] Words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo", "Lima"];

    private readonly TestSite _site = new(copyShippedInput: false);

    public HomePageTests()
    {
        // Twelve papers on March 1st to 12th 2024, one in 2023, and an undated one the group's .bib marks selected.
        var listing = new StringBuilder();
        for (var day = 1; day <= Words.Length; day++)
            listing.Append(CultureInfo.InvariantCulture, $"LGMar {day}, 2024\n{Words[day - 1]} Networks For SortingAlice Smith, Bob Jones\nWe sort.\n");
        listing.Append("LGDec 5, 2023\nMike Networks For SortingAlice Smith\nWe sort.\n");
        _site.Write("category.txt", listing.ToString());
        _site.Write("group.bib", "@article{doe2020survey,\n  title = {A Survey of Sorting},\n  author = {Doe, Jane},\n  selected = {true},\n}\n");
        _site.Write("site.yml", "title: Sorting Group\ndescription: We *sort* things. <script>alert(1)</script>\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Home_shows_the_site_featured_and_most_recent_papers_counts_and_index_links()
    {
        var result = _site.Build();
        Assert.True(result.Written);
        Assert.Equal(0, result.BrokenLinks);
        var home = _site.Html("index.html");

        var intro = home.QuerySelector("section.intro")!;
        Assert.Equal("Sorting Group", intro.QuerySelector("h1")?.TextContent);
        Assert.Equal("sort", intro.QuerySelector("em")?.TextContent);
        Assert.Empty(home.QuerySelectorAll("script:not([src])"));
        Assert.Contains("<script>alert(1)</script>", intro.TextContent, StringComparison.Ordinal);

        // Counts, each linking to its index.
        var stats = intro.QuerySelectorAll(".stats a").ToDictionary(a => a.GetAttribute("href")!, a => a.QuerySelector("strong")!.TextContent);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["papers/index.html"] = "14",
                ["authors/index.html"] = "3",
                ["topics/index.html"] = result.Topics.ToString(CultureInfo.InvariantCulture),
                ["years/index.html"] = "2", // 2024 and 2023; undated is no year
            },
            stats);
        Assert.Equal(14, result.Papers);
        Assert.All(stats.Keys, href => Assert.True(_site.Exists(href), href));

        // Featured: the selected paper, though undated.
        var featured = home.QuerySelector("section[aria-labelledby='featured']")!;
        Assert.Equal("Featured", featured.QuerySelector("h2")?.TextContent);
        Assert.Equal(["A Survey of Sorting"], featured.QuerySelectorAll(".paper-title").Select(a => a.TextContent));

        // Most recent: the ten newest dated papers, newest first, each linking to its page.
        var recent = home.QuerySelector("section[aria-labelledby='recent']")!;
        var items = recent.QuerySelectorAll(".paper-item").ToList();
        Assert.Equal(Words.Reverse().Take(10).Select(w => $"{w} Networks For Sorting"), items.Select(i => i.QuerySelector(".paper-title")!.TextContent));
        Assert.Equal("2024-03-12", items[0].QuerySelector("time")?.GetAttribute("datetime"));
        Assert.All(items, i => Assert.True(_site.Exists(i.QuerySelector(".paper-title")!.GetAttribute("href")!)));
        Assert.Equal("papers/index.html", recent.QuerySelectorAll("a").Single(a => a.TextContent == "All papers →").GetAttribute("href"));
        // Every paper as a file, for reference managers.
        Assert.Equal(["papers.bib", "papers.json"], recent.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")));

        // Topics, by paper count.
        var machineLearning = home.QuerySelectorAll("section[aria-labelledby='topics'] li").First(li => li.QuerySelector("a")!.TextContent == "Machine Learning");
        Assert.Equal("topics/machine-learning.html", machineLearning.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("13", machineLearning.QuerySelector(".count")?.TextContent);
    }
}
