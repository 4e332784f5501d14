using SiteGen.Permalinks;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Author pages keep their addresses (issue 20): recorded in input/permalinks.yml like papers', so a new author,
/// a new rule for slugs or an author who leaves never moves anyone else's page.
/// </summary>
public sealed class AuthorPermalinkTests
{
    private static string Bib(string key, string title, string authors, int year) => $$"""
        @article{{{key}},
          title = {{{title}}},
          author = {{{authors}}},
          year = {{{year}}},
        }

        """;

    private static readonly string Russian = Bib("ivanov2023", "Нейронные сети для анализа текстов", "Иванов, Сергей", 2023);
    private static readonly string Latin = Bib("ivanov2024", "Text Analysis with Neural Networks", "Ivanov, Sergey", 2024);

    private static Dictionary<string, string> Authors(TestSite site) =>
        PermalinkMap.Load(site.Input, new()).Authors.ToDictionary(a => a.NameKey, a => a.Slug);

    [Fact]
    public void An_author_in_another_script_gets_a_readable_address_that_is_recorded()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("papers.bib", Russian);
        Assert.True(site.Build().Written);
        Assert.True(site.Exists("authors/sergey-ivanov.html"));
        Assert.Equal(new Dictionary<string, string> { ["сергеи иванов"] = "sergey-ivanov" }, Authors(site));
    }

    /// <summary>Without the record, "Sergey Ivanov" (sorting before the Cyrillic name) would take the address.</summary>
    [Fact]
    public void A_new_author_whose_name_slugifies_alike_does_not_take_the_address()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("papers.bib", Russian);
        site.Build();
        site.Write("papers.bib", Russian + Latin);
        Assert.True(site.Build().Written);

        Assert.Contains("Иванов", site.Read("authors/sergey-ivanov.html"), StringComparison.Ordinal);
        Assert.Contains("Sergey Ivanov", site.Read("authors/sergey-ivanov-2.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_address_of_an_author_who_left_is_not_given_to_another()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("papers.bib", Russian);
        site.Build();
        site.Write("papers.bib", Latin);
        Assert.True(site.Build().Written);

        Assert.False(site.Exists("authors/sergey-ivanov.html"));
        Assert.Contains("Sergey Ivanov", site.Read("authors/sergey-ivanov-2.html"), StringComparison.Ordinal);
        Assert.Equal("sergey-ivanov", Authors(site)["сергеи иванов"]);
    }

    /// <summary>
    /// A site built before author addresses were recorded has the old rule's addresses (other scripts dropped:
    /// authors/author.html). They stay; authors who come later get readable ones.
    /// </summary>
    [Fact]
    public void A_site_from_before_keeps_its_author_addresses_and_new_authors_get_readable_ones()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("papers.bib", Russian);
        site.Build();
        var map = File.ReadAllText(Path.Combine(site.Input, PermalinkMap.FileName));
        var papersOnly = map[..map.IndexOf("\nauthors:", StringComparison.Ordinal)] + "\n";
        Assert.DoesNotContain("authors:", papersOnly.Split('\n').Where(l => !l.StartsWith('#')), StringComparer.Ordinal);
        site.Write(PermalinkMap.FileName, papersOnly);

        Assert.True(site.Build().Written);
        Assert.True(site.Exists("authors/author.html"));
        Assert.False(site.Exists("authors/sergey-ivanov.html"));
        Assert.Equal("author", Authors(site)["сергеи иванов"]);

        site.Write("papers.bib", Russian + Bib("p2025", "Νευρωνικά δίκτυα", "Παπαδόπουλος, Γιώργος", 2025));
        Assert.True(site.Build().Written);
        Assert.True(site.Exists("authors/author.html"));
        Assert.True(site.Exists("authors/giorgos-papadopoulos.html"));
    }

    /// <summary>
    /// The old rule numbered names it could not spell by the name as shown then, "Given Family": "伟 王" before
    /// "芳 张" (U+4F1F &lt; U+82B3). Shown family name first now, "张芳" sorts before "王伟": the old order is kept.
    /// </summary>
    [Fact]
    public void A_site_from_before_keeps_the_numbering_of_chinese_names_as_they_were_shown_then()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("papers.bib", Bib("wang2023", "图像分割", "王, 伟", 2023) + Bib("zhang2023", "医学图像", "张, 芳", 2023));
        site.Build();
        var map = File.ReadAllText(Path.Combine(site.Input, PermalinkMap.FileName));
        site.Write(PermalinkMap.FileName, map[..map.IndexOf("\nauthors:", StringComparison.Ordinal)] + "\n");

        Assert.True(site.Build().Written);
        Assert.Contains("王伟", site.Html("authors/author.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("张芳", site.Html("authors/author-2.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_edited_author_slug_that_is_not_a_slug_is_ignored_with_a_warning()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("papers.bib", Russian);
        site.Write(PermalinkMap.FileName, "papers:\nauthors:\n  \"сергеи иванов\": ../../etc/passwd\n");
        Assert.True(site.Build().Written);
        Assert.True(site.Exists("authors/sergey-ivanov.html"));
        Assert.Contains(site.Diagnostics.Items, d => d.Location.File == PermalinkMap.FileName && d.Message.Contains("author permalink", StringComparison.Ordinal));
    }
}
