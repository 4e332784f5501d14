using SiteGen.Permalinks;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>Paper URLs never change once given: new papers, reordered inputs, renamed titles (issue 3).</summary>
public sealed class PermalinkStabilityTests
{
    private const string Listing = """
        Doe, Jane
        Learning to Rank Papers
        Doe, Jane, Roe, Richard
        We study how to rank research papers by relevance using learned models over citation graphs and text.
        Learning to Rank Papers, Again
        Doe, Jane
        A second look at ranking research papers, with new data sets, new baselines and a careful ablation study.
        """;

    private static Dictionary<string, string> Slugs(TestSite site) =>
        PermalinkMap.Load(site.Input, new()).Entries.ToDictionary(e => e.Key, e => e.Slug);

    [Fact]
    public void Adding_a_paper_that_would_take_an_existing_slug_does_not_move_the_old_one()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("a.txt", Listing);
        site.Build();
        var before = Slugs(site);
        Assert.True(site.Exists("papers/learning-to-rank-papers.html"));

        // "Paper's" is a different paper key ("paper s") but slugifies like "Papers".
        site.Write("b.txt", "Roe, Richard\nLearning to Rank Paper's\nRoe, Richard\nAn unrelated paper whose title slugifies exactly like another paper's title does.\n");
        site.Build();
        var after = Slugs(site);
        foreach (var (key, slug) in before) Assert.Equal(slug, after[key]);
        Assert.Equal("learning-to-rank-papers-2", after["learning to rank paper s"]);
    }

    [Fact]
    public void Reordering_and_renaming_input_files_changes_no_url()
    {
        using var site = new TestSite();
        site.Build();
        var before = Slugs(site);
        // Rename every listing so they are read in the reverse order.
        var files = Directory.GetFiles(site.Input, "*.txt").Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
            File.Move(files[i], Path.Combine(site.Input, $"{files.Count - i:D2}-renamed.txt"));
        File.Delete(Path.Combine(site.Input, "permalinks.yml")); // even with the map gone, the same slugs come back
        Assert.True(site.Build(resetPermalinks: true).Written); // (a lost map is an error unless the user says so)
        Assert.Equal(before, Slugs(site));
    }

    [Fact]
    public void A_renamed_title_gets_a_new_slug_and_the_old_url_redirects()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("a.txt", Listing);
        site.Build();
        site.Write("a.txt", Listing.Replace("Learning to Rank Papers\n", "Learning to Rank Scientific Papers\n", StringComparison.Ordinal));
        var result = site.Build(baseUrl: "https://example.org/lab");

        Assert.True(result.Written);
        Assert.True(site.Exists("papers/learning-to-rank-scientific-papers.html"));
        var redirect = site.Html("papers/learning-to-rank-papers.html");
        Assert.Equal("0; url=../papers/learning-to-rank-scientific-papers.html",
            redirect.QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Contains("/papers/learning-to-rank-papers.html /papers/learning-to-rank-scientific-papers.html 301", site.Read("_redirects"), StringComparison.Ordinal);
        // The sitemap lists where the paper is now, not the redirect page.
        var sitemap = site.Read("sitemap.xml");
        Assert.Contains("https://example.org/lab/papers/learning-to-rank-scientific-papers.html", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("papers/learning-to-rank-papers.html", sitemap, StringComparison.Ordinal);
        // The other paper kept its URL.
        Assert.True(site.Exists("papers/learning-to-rank-papers-again.html"));
    }

    [Fact]
    public void A_title_edited_into_another_papers_title_merges_them_and_its_old_address_redirects()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("a.txt", Listing);
        site.Build();
        // The second entry was the same paper: its title is corrected to the first's by hand.
        site.Write("a.txt", Listing.Replace("Learning to Rank Papers, Again\n", "Learning to Rank Papers\n", StringComparison.Ordinal));

        var result = site.Build(baseUrl: "https://example.org/lab");

        Assert.Equal(1, result.Papers);
        var moved = site.Html("papers/learning-to-rank-papers-again.html");
        Assert.Equal("0; url=../papers/learning-to-rank-papers.html", moved.QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Contains("/papers/learning-to-rank-papers-again.html /papers/learning-to-rank-papers.html 301", site.Read("_redirects"), StringComparison.Ordinal);
        // Recorded in the map, so the address keeps redirecting and is never handed to another paper.
        var entry = Assert.Single(PermalinkMap.Load(site.Input, new()).Entries);
        Assert.Equal("learning-to-rank-papers", entry.Slug);
        Assert.Equal(["learning-to-rank-papers-again"], entry.OldSlugs);
        site.Build();
        Assert.True(site.Exists("papers/learning-to-rank-papers-again.html"));
    }
}
