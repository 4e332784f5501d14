using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// input/papers/&lt;slug&gt;.md adds to one paper (issue 3): links (pdf, code, slides), the
/// featured flag, notes in Markdown; unknown keys and unknown slugs are reported, not fatal.
/// </summary>
public sealed class AnnotationSiteTests : IDisposable
{
    private const string Listing = """
        LGMar 1, 2024
        Sorting Networks That Learn To SortAlice Smith, Bob Jones
        We learn to sort.
        LGMar 2, 2024
        Ranking Networks That Learn To RankCarol White, Dan Brown
        We learn to rank.
        """;

    private const string Title = "Sorting Networks That Learn To Sort";

    private readonly TestSite _site = new(copyShippedInput: false);

    public AnnotationSiteTests() => _site.Write("listing.txt", Listing);

    public void Dispose() => _site.Dispose();

    /// <summary>Builds once to learn the paper's slug (as a user reads it in input/permalinks.yml).</summary>
    private string SlugOf(string title)
    {
        Assert.True(_site.Build().Written);
        var page = _site.Pages("papers").Single(p => _site.Html(p).QuerySelector("h1")?.TextContent == title);
        return Path.GetFileNameWithoutExtension(page);
    }

    [Fact]
    public void Links_featured_and_notes_from_the_annotation_show_on_the_paper_and_home_pages()
    {
        var slug = SlugOf(Title);
        Assert.Null(_site.Html("index.html").QuerySelector("#featured"));
        _site.Write($"papers/{slug}.md", """
            ---
            pdf: https://example.org/sorting.pdf
            code: https://github.com/example/sorting
            slides: https://example.org/sorting-slides.pdf
            featured: true
            ---
            Read it with the <b>appendix</b>.
            """);

        var result = _site.Build();

        Assert.True(result.Written);
        Assert.Equal(0, result.BrokenLinks);
        Assert.DoesNotContain(_site.Diagnostics.Items, d => d.Severity >= DiagnosticSeverity.Warning);
        var paper = _site.Html($"papers/{slug}.html");
        var links = paper.QuerySelectorAll(".paper-links a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal("https://example.org/sorting.pdf", links["pdf"]);
        Assert.Equal("https://github.com/example/sorting", links["code"]);
        Assert.Equal("https://example.org/sorting-slides.pdf", links["slides"]);
        Assert.Equal("https://example.org/sorting.pdf", paper.QuerySelector("meta[name='citation_pdf_url']")?.GetAttribute("content"));
        Assert.Contains(paper.QuerySelectorAll(".paper-meta .badge"), b => b.TextContent == "Featured");
        Assert.Contains(paper.QuerySelectorAll(".paper-meta .badge"), b => b.TextContent == "Code"); // a code link is code
        // Notes are Markdown with raw HTML off: the tag is shown as text.
        var body = paper.QuerySelector(".paper-body")!;
        Assert.Empty(body.QuerySelectorAll("b"));
        Assert.Contains("Read it with the <b>appendix</b>.", body.TextContent, StringComparison.Ordinal);

        var featured = _site.Html("index.html").QuerySelector("section[aria-labelledby='featured']");
        Assert.NotNull(featured);
        Assert.Equal([Title], featured.QuerySelectorAll(".paper-item .paper-title").Select(a => a.TextContent));
        Assert.Equal($"papers/{slug}.html", featured.QuerySelector(".paper-title")?.GetAttribute("href"));

        // The other paper gained nothing.
        var other = _site.Html($"papers/{SlugOfBuilt("Ranking Networks That Learn To Rank")}.html");
        Assert.Null(other.QuerySelector(".paper-links"));
        Assert.Null(other.QuerySelector("meta[name='citation_pdf_url']"));
    }

    [Fact]
    public void Latex_text_macros_in_notes_become_emphasis_except_in_code()
    {
        var slug = SlugOf(Title);
        _site.Write($"papers/{slug}.md", """
            Builds on \emph{bitonic} sorters, \textbf{not} on \textit{ merge } sort; see \texttt{sort()}.
            Written as `\emph{kept}` in LaTeX, and \\emph{escaped} stays too.

            ```
            \textbf{verbatim}
            ```
            """);

        Assert.True(_site.Build().Written);

        var body = _site.Html($"papers/{slug}.html").QuerySelector(".paper-body")!;
        Assert.Equal(["bitonic", "merge"], body.QuerySelectorAll("em").Select(e => e.TextContent));
        Assert.Equal(["not"], body.QuerySelectorAll("strong").Select(e => e.TextContent));
        Assert.Equal(["sort()", "\\emph{kept}"], body.QuerySelectorAll("p code").Select(e => e.TextContent));
        Assert.Contains("\\emph{escaped} stays too", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("\\textbf{verbatim}", body.QuerySelector("pre code")?.TextContent.Trim());
        Assert.DoesNotContain("\\emph{bitonic}", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_unsafe_links_and_unknown_slugs_are_reported_with_file_and_line()
    {
        var slug = SlugOf(Title);
        _site.Write($"papers/{slug}.md", """
            ---
            pdf: https://example.org/sorting.pdf
            colour: blue
            code: javascript:alert(1)
            ---
            """);
        _site.Write("papers/no-such-paper.md", "---\nfeatured: true\n---\n");

        var result = _site.Build();

        Assert.True(result.Written);
        var warnings = _site.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.Contains(warnings, w => w.StartsWith($"papers/{slug}.md(3): ", StringComparison.Ordinal) && w.Contains("unknown front matter key 'colour'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith($"papers/{slug}.md(4): ", StringComparison.Ordinal) && w.Contains("link 'code'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("papers/no-such-paper.md(1): ", StringComparison.Ordinal) && w.Contains("no paper has the slug 'no-such-paper'", StringComparison.Ordinal));
        // The known key still applies; the unsafe link does not.
        var links = _site.Html($"papers/{slug}.html").QuerySelectorAll(".paper-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://example.org/sorting.pdf"], links);
        Assert.Null(_site.Html("index.html").QuerySelector("#featured"));
    }

    [Fact]
    public void An_unsafe_link_in_the_notes_is_reported_at_its_line_and_shown_as_text()
    {
        var slug = SlugOf(Title);
        _site.Write($"papers/{slug}.md", "---\nfeatured: true\n---\nFirst line of the notes.\n\nSee [the demo](javascript:alert(document.cookie)) and <javascript:alert(2)>.\n");

        var result = _site.Build();

        Assert.True(result.Written);
        Assert.Equal(0, result.BrokenLinks);
        var warnings = _site.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(new SiteGen.Model.SourceLocation($"papers/{slug}.md", 6), w.Location));
        Assert.Contains(warnings, w => w.Message.StartsWith("unsafe link 'javascript:alert(document.cookie)' in the notes", StringComparison.Ordinal));
        var body = _site.Html($"papers/{slug}.html").QuerySelector(".paper-body")!;
        Assert.Contains("See the demo and javascript:alert(2).", body.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(body.QuerySelectorAll("a"), a => a.TextContent is "the demo" or "javascript:alert(2)");
    }

    [Theory]
    [InlineData("//evil.example/sorting.pdf")]
    [InlineData("\\\\evil.example/sorting.pdf")]
    [InlineData("/\\evil.example/sorting.pdf")]
    public void A_front_matter_link_to_another_host_without_a_scheme_is_refused(string url)
    {
        var slug = SlugOf(Title);
        _site.Write($"papers/{slug}.md", $"---\npdf: '{url}'\ncode: files/sorting.zip\n---\n");

        Assert.True(_site.Build().Written);

        var warning = Assert.Single(_site.Diagnostics.Items, d => d.Location.File == $"papers/{slug}.md");
        Assert.Equal(2, warning.Location.Line);
        Assert.Contains("https://", warning.Message, StringComparison.Ordinal);
        // A relative address stays a relative address.
        var links = _site.Html($"papers/{slug}.html").QuerySelectorAll(".paper-links a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["files/sorting.zip"], links);
    }

    private string SlugOfBuilt(string title) =>
        Path.GetFileNameWithoutExtension(_site.Pages("papers").Single(p => _site.Html(p).QuerySelector("h1")?.TextContent == title));
}
