using System.Text;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Hostile and broken input run through the whole build (issue 6): the build finishes,
/// nothing executes, nothing lands outside the output folder, every page stays valid.
/// </summary>
public sealed class HostileInputBuildTests
{
    /// <summary>Titles that are attacks on HTML, templates, front matter, file names or the terminal.</summary>
    public static TheoryData<string> HostileTitles => new()
    {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "{{#each this}}{{{.}}}{{/each}} {{> base}}",
        "---\ntitle: injected\n---",
        "key: value # comment",
        "<div onclick=alert(1)>raw html</div>",
        "../../x",
        "/etc/passwd",
        "CON",
        "NUL",
        "😀 Emoji 🚀 Title",
        "עברית: מודל שפה גדול",
        "Zero\u200Bwidth\u200Djoiner\uFEFF",
        "Bell\u0007 and escape\u001b[31m red",
        new string('A', 5000),
    };

    [Theory]
    [MemberData(nameof(HostileTitles))]
    public void A_hostile_title_is_published_as_text(string title)
    {
        using var site = new TestSite(copyShippedInput: false);
        var oneLine = title.Replace("\n", " ", StringComparison.Ordinal);
        site.Write("list.txt", $"Doe, Jane\n{oneLine}\nDoe, Jane, Roe, Richard\nAn abstract that is long enough to identify this paper across builds, with {oneLine} inside.\n");
        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", site.Diagnostics.Items));
        Assert.Equal(0, result.BrokenLinks);
        AssertEverythingInside(site);
        var paperPage = site.Pages("papers").Single(p => p != "papers/index.html");
        var slug = Path.GetFileNameWithoutExtension(paperPage);
        Assert.Matches("^[a-z0-9-]{1,60}$", slug);
        Assert.NotEqual("con", slug);
        Assert.NotEqual("nul", slug);

        var doc = site.Html(paperPage);
        var shown = doc.QuerySelector("h1")!.TextContent;
        // Control characters become spaces on reading; everything else is shown exactly.
        Assert.Equal(Visible(oneLine), shown);
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Empty(doc.QuerySelectorAll("img, div[onclick]"));
    }

    [Fact]
    public void Titles_differing_only_by_case_are_one_paper_with_one_page()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", "Doe, Jane\nDeep Nets\nDoe, Jane\nFirst abstract about deep networks and their training dynamics in practice.\n" +
                               "DEEP NETS\nRoe, Richard\nSecond abstract, the same paper as listed by someone who writes titles in capitals.\n");
        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", site.Diagnostics.Items));
        Assert.Equal(1, result.Papers);
        Assert.Single(PaperPages(site));
        AssertEverythingInside(site);
    }

    [Fact]
    public void Papers_whose_slugs_would_differ_only_by_case_never_give_paths_that_differ_only_by_case()
    {
        // Slugs are lower case, so case alone cannot tell two files apart; what matters is that
        // different papers that all want "attention" (the title key keeps the Greek and Chinese
        // letters, the ASCII slug drops them) and authors written in different case still give
        // files that stay apart on a case-insensitive disk (macOS, Windows), where one would
        // silently overwrite the other.
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", "Doe, Jane\n" +
                               "Attention\nDoe, Jane\nAn abstract about attention in neural networks, the first paper here.\n" +
                               "ATTENTION!\nRoe, Richard\nThe first paper again, listed by someone who shouts titles.\n" +
                               "ATTENTION 注意\nRoe, Richard\nA different paper, about attention spans of human readers.\n" +
                               "attention Ω\nDOE, JANE, Smith, Alice\nA third paper, about attention in the limit, by other people.\n");
        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", site.Diagnostics.Items));
        // "ATTENTION!" is "Attention" up to case and punctuation: one paper. The other two are papers of their own.
        Assert.Equal(3, result.Papers);
        var pages = PaperPages(site).ToList();
        Assert.Equal(3, pages.Count);
        Assert.Equal(3, pages.Select(p => site.Html(p).QuerySelector("h1")!.TextContent).Distinct(StringComparer.Ordinal).Count());
        var paths = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .ToList();
        var clashes = paths.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g));
        Assert.Empty(clashes);
        AssertEverythingInside(site);
    }

    [Fact]
    public void A_nul_byte_in_one_title_costs_a_character_not_the_listing()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", "Doe, Jane\n" +
                               "A First Paper About Graphs\nDoe, Jane\nAn abstract about graphs that is long enough to stand for a paper.\n" +
                               "A Second\0Paper About Trees\nDoe, Jane, Roe, Richard\nAn abstract about trees that is long enough to stand for a paper.\n" +
                               "A Third Paper About Forests\nRoe, Richard\nAn abstract about forests that is long enough to stand for a paper.\n");
        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", site.Diagnostics.Items));
        Assert.Equal(3, result.Papers);
        Assert.Equal(3, PaperPages(site).Count());
        var page = site.Read("papers/a-second-paper-about-trees.html");
        Assert.DoesNotContain('\0', page);
        var doc = site.Html("papers/a-second-paper-about-trees.html");
        Assert.Equal("A Second Paper About Trees", doc.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("A Second Paper About Trees", doc.Title, StringComparison.Ordinal);
        var diagnostic = Assert.Single(site.Diagnostics.Items);
        Assert.Equal(new SourceLocation("list.txt", 5), diagnostic.Location);
        Assert.StartsWith("list.txt(5): warning: NUL byte", diagnostic.ToString(), StringComparison.Ordinal);
        AssertEverythingInside(site);
    }

    [Fact]
    public void Nul_bytes_and_binary_files_are_reported_once_and_the_rest_builds()
    {
        using var site = new TestSite();
        File.WriteAllBytes(Path.Combine(site.Input, "junk.bin"), [0x00, 0xFF, 0x13, 0x00, 0x42, 0x00, 0x99]);
        File.WriteAllBytes(Path.Combine(site.Input, "utf16.txt"),
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Doe, Jane\r\nA UTF-16 Paper\r\nDoe, Jane\r\nAn abstract written by a Windows tool in UTF-16 with a byte order mark.\r\n")]);
        File.WriteAllBytes(Path.Combine(site.Input, "bad-utf8.txt"),
            [.. Encoding.UTF8.GetBytes("Doe, Jane\nA Paper With A Bad Byte\nDoe, Jane\nThe abstract has one invalid byte here: "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" and goes on.\n")]);
        var result = site.Build();

        Assert.True(result.Written);
        Assert.Equal(210, result.Papers);
        var junk = site.Diagnostics.Items.Where(d => d.Location.File == "junk.bin").ToList();
        Assert.Single(junk);
        Assert.Single(site.Diagnostics.Items, d => d.Location.File == "bad-utf8.txt" && d.Location.Line == 4);
        Assert.True(site.Exists("papers/a-utf-16-paper.html"));
    }

    [Fact]
    public void A_listing_of_20000_entries_builds()
    {
        using var site = new TestSite(copyShippedInput: false);
        var sb = new StringBuilder("Doe, Jane\n");
        for (var i = 0; i < 20_000; i++)
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"Paper Number {i}\nDoe, Jane, Co{(char)('a' + i % 26)}{(char)('a' + i / 26 % 26)}, Some\nAbstract of paper {i}: a sentence long enough to be an abstract of a paper.\n");
        site.Write("big.txt", sb.ToString());
        var result = site.Build();
        Assert.True(result.Written);
        Assert.Equal(20_000, result.Papers);
        Assert.Equal(0, result.BrokenLinks);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("title: Fine\ncolour: blue\n", "unknown setting 'colour'")]
    [InlineData("page_size: many\n", "'page_size' must be a whole number")]
    public void A_bad_setting_in_site_yml_is_a_clear_message_with_file_and_line_and_the_build_goes_on(string yaml, string? message)
    {
        using var site = new TestSite();
        site.Write("site.yml", yaml);
        var result = site.Build();
        Assert.True(result.Written);
        var configDiagnostics = site.Diagnostics.Items.Where(d => d.Location.File == "site.yml").ToList();
        if (message is null)
        {
            Assert.Empty(configDiagnostics);
            return;
        }
        var diagnostic = Assert.Single(configDiagnostics);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Location.Line >= 1);
        Assert.DoesNotContain("   at ", diagnostic.Message, StringComparison.Ordinal); // no stack trace
    }

    private static string Visible(string s) =>
        new(s.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    /// <summary>Nothing but the output folder and the permalink map appeared or changed in the scratch project.</summary>
    private static void AssertEverythingInside(TestSite site)
    {
        var entries = Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["input", "output"], entries);
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories),
            f => !Path.GetFullPath(f).StartsWith(Path.GetFullPath(site.Output) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        PageValidity.AssertEveryPage(site);
    }

    private static IEnumerable<string> PaperPages(TestSite site) =>
        site.Pages("papers").Where(p => !p.StartsWith("papers/index.", StringComparison.Ordinal));
}
