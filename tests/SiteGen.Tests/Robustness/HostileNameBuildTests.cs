using System.Text.Json;
using AngleSharp.Dom;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Hostile author names through the whole build (issue 6). A name is shown on the paper's
/// page, on its own author page and in the author index, and it names that page's file, so
/// each of those must take it as text. Which formats let such a name through differs:
/// a category listing's authors after the first, and the bibliographies, take any text; a
/// publication list's author line must look like names, so there it is refused and
/// reported; a daily page has no names, only an organisation line, which is free text.
/// </summary>
public sealed class HostileNameBuildTests
{
    /// <summary>Attacks on HTML text, attributes, the Handlebars templates and URLs.</summary>
    private static readonly string[] HostileNames =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "{{Bad}} }}Name{{",
        "javascript:alert(1)",
    ];

    private const string Abstract = "An abstract long enough to stand for a paper, about the authors a listing can hold.";

    public static TheoryData<string> FormatsTakingAnyName => new() { "category listing", "BibTeX", "RIS", "CSL-JSON" };

    [Theory]
    [MemberData(nameof(FormatsTakingAnyName))]
    public void Hostile_author_names_are_text_on_the_paper_page_the_author_page_and_the_index(string format)
    {
        using var site = new TestSite(copyShippedInput: false);
        var (file, text) = Listing(format);
        site.Write(file, text);
        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", site.Diagnostics.Items));
        Assert.Equal(1, result.Papers);
        // (BibTeX and CSL-JSON also give papers/hostile2024.html, the citation key's redirect.)
        const string paperPage = "papers/a-paper-with-hostile-authors.html";
        var paper = site.Html(paperPage);
        var index = site.Html("authors/index.html");
        foreach (var name in HostileNames)
        {
            var link = Assert.Single(paper.QuerySelectorAll(".paper-authors a"), a => a.TextContent == name);
            var authorPage = AuthorPagePath(site, paperPage, link);

            var author = site.Html(authorPage);
            Assert.Equal(name, author.QuerySelector("h1")!.TextContent);
            Assert.StartsWith(name, author.Title, StringComparison.Ordinal);
            // The index shows names sorted as "Family, Given", so look for its link to the page and each word of the name in it.
            var entry = Assert.Single(index.QuerySelectorAll(".author-list a"), a => AuthorPagePath(site, "authors/index.html", a) == authorPage);
            Assert.All(name.Split(' '), word => Assert.Contains(word, entry.TextContent, StringComparison.Ordinal));

            foreach (var doc in new[] { paper, author, index })
            {
                Assert.Empty(doc.QuerySelectorAll("img"));
                Assert.Empty(doc.QuerySelectorAll("body script"));
            }
        }
        PageValidity.AssertEveryPage(site);
    }

    [Fact]
    public void A_publication_list_line_of_hostile_names_is_not_taken_for_authors_and_is_reported()
    {
        using var site = new TestSite(copyShippedInput: false);
        var names = string.Join(", ", HostileNames.Select(n => $"{n}, Eve"));
        site.Write("pubs.txt", "Doe, Jane\n" +
                               $"A Good First Paper\nDoe, Jane\n{Abstract}\n" +
                               $"A Paper With Hostile Authors\nDoe, Jane, {names}\n{Abstract}\n" +
                               $"A Good Last Paper\nDoe, Jane, Roe, Richard\n{Abstract}\n");
        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", site.Diagnostics.Items));
        Assert.Equal(2, result.Papers);
        var d = Assert.Single(site.Diagnostics.Items);
        Assert.Equal(new SourceLocation("pubs.txt", 5), d.Location);
        Assert.Equal(["authors/index.html", "authors/jane-doe.html", "authors/richard-roe.html"], site.Pages("authors").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(site.Pages(), p => site.Read(p).Contains("alert(1)", StringComparison.Ordinal));
        PageValidity.AssertEveryPage(site);
    }

    [Fact]
    public void A_hostile_organisation_on_a_daily_page_is_text()
    {
        const string organisation = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> {{Bad}} }}Name{{ javascript:alert(1)";
        using var site = new TestSite(copyShippedInput: false);
        // An organisation line repeats the handle before the name ("UCSC-VLAA UCSC-VLAA"); the handle is dropped.
        site.Write("daily.txt", "Daily Papers\n\nDec 9\n\n" +
                                $"A Daily Paper With A Hostile Organisation\n\n{Abstract}\n\nhandle {organisation}\n·\nMar 11, 2024\n\n" +
                                $"A Daily Paper By Two People\n\n{Abstract}\n\n  • 2 authors\n·\nMar 12, 2024\n");
        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", site.Diagnostics.Items));
        Assert.Equal(2, result.Papers);
        foreach (var page in new[] { "papers/a-daily-paper-with-a-hostile-organisation.html", "papers/index.html" })
        {
            var doc = site.Html(page);
            Assert.Contains(doc.QuerySelectorAll(".authors-note"), e => e.TextContent == organisation);
            Assert.Empty(doc.QuerySelectorAll("img"));
        }
        PageValidity.AssertEveryPage(site);
    }

    /// <summary>The site path an author link points to, checked to be a lower-case ASCII slug inside authors/.</summary>
    private static string AuthorPagePath(TestSite site, string fromPage, IElement link)
    {
        var href = link.GetAttribute("href")!;
        var full = Path.GetFullPath(Path.Combine(site.Output, Path.GetDirectoryName(fromPage)!, href));
        var relative = Path.GetRelativePath(site.Output, full).Replace('\\', '/');
        Assert.Matches("^authors/[a-z0-9]+(-[a-z0-9]+)*\\.html$", relative);
        Assert.StartsWith(Path.GetFullPath(site.Output) + Path.DirectorySeparatorChar, full, StringComparison.Ordinal);
        Assert.True(site.Exists(relative), $"{href} from {fromPage}");
        return relative;
    }

    /// <summary>One paper by the hostile names and Jane Doe, written in <paramref name="format"/>.</summary>
    private static (string File, string Text) Listing(string format) => format switch
    {
        // The first author must be a clean name for the seam after the title; the rest are taken as written.
        "category listing" => ("cat.txt", $"LGMar 1, 2024\nA Paper With Hostile AuthorsJane Doe, {string.Join(", ", HostileNames)}\n{Abstract}\n"),
        // Braces keep each name whole; BibTeX braces in the Handlebars name are escaped as LaTeX writes them.
        "BibTeX" => ("refs.bib", "@article{hostile2024,\n  title = {A Paper With Hostile Authors},\n  author = {" +
                                 string.Join(" and ", HostileNames.Select(n => "{" + n.Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal) + "}")) +
                                 " and Doe, Jane},\n  year = {2024},\n}\n"),
        "RIS" => ("refs.ris", "TY  - JOUR\nTI  - A Paper With Hostile Authors\n" + string.Concat(HostileNames.Select(n => $"AU  - {n}\n")) +
                              $"AU  - Doe, Jane\nPY  - 2024\nAB  - {Abstract}\nER  -\n"),
        "CSL-JSON" => ("refs.json", JsonSerializer.Serialize(new[]
        {
            new Dictionary<string, object>
            {
                ["id"] = "hostile2024",
                ["type"] = "article-journal",
                ["title"] = "A Paper With Hostile Authors",
                ["author"] = HostileNames.Select(n => new Dictionary<string, string> { ["literal"] = n })
                    .Append(new Dictionary<string, string> { ["family"] = "Doe", ["given"] = "Jane" }).ToArray(),
                ["issued"] = new Dictionary<string, int[][]> { ["date-parts"] = [[2024]] },
                ["abstract"] = Abstract,
            },
        })),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
