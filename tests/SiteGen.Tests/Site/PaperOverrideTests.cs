using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// input/papers/&lt;slug&gt;.md front matter corrects any field of a paper (issue 14): title, authors,
/// date, venue, type, doi, arxiv, url, pdf, code, slides, abstract. The corrected values are what the
/// page, its Highwire tags and JSON-LD, the cite box, the feed, the author and year pages and every
/// export show, and a gap the correction fills is no longer reported (so --strict passes).
/// </summary>
public sealed class PaperOverrideTests : IDisposable
{
    private const string BaseUrl = "https://lab.example.org";

    // A daily page whose second entry lost its author line, '·' and date, and whose first only counts its authors.
    private const string Daily = """
        Daily Papers

        Dec 9

        Counted Paper On Sorting

        We sort things with five people.

          • 5 authors
        ·
        Mar 11, 2024

        Lost Paper With No Meta

        An abstract whose author line and date the page lost.
        """;

    // A category line the splitter cannot cut with confidence.
    private const string Category = """
        LGDec 27, 2024Code
        DeepSeek-V3 Technical ReportDeepSeek-AI, Aixin Liu, Bei Feng et al.
        We present DeepSeek-V3, a strong Mixture-of-Experts language model.
        """;

    private readonly TestSite _site = new(copyShippedInput: false);

    public PaperOverrideTests()
    {
        _site.Write("001_daily.txt", Daily);
        _site.Write("003_category.txt", Category);
    }

    public void Dispose() => _site.Dispose();

    private string SlugOf(string title) =>
        Path.GetFileNameWithoutExtension(_site.Pages("papers").Single(p => _site.Html(p).QuerySelector("h1")?.TextContent == title));

    [Fact]
    public void Without_corrections_the_incomplete_papers_are_built_and_reported_and_strict_refuses()
    {
        Assert.True(_site.Build(BaseUrl).Written);
        var lost = SlugOf("Lost Paper With No Meta");
        var page = _site.Html($"papers/{lost}.html");
        Assert.Equal("authors unknown", page.QuerySelector(".authors-note")?.TextContent);
        Assert.Null(page.QuerySelector("time"));
        Assert.Empty(page.QuerySelectorAll("meta[name='citation_author']"));
        Assert.Contains("(n.d.)", page.QuerySelector("#plain-citation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(_site.Html("years/undated.html").QuerySelectorAll(".paper-title"), a => a.TextContent == "Lost Paper With No Meta");

        var warnings = _site.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains($"001_daily.txt(13): warning: 'Lost Paper With No Meta': no author names and no date (cited as n.d.); kept as a paper: set authors and date in input/papers/{lost}.md", warnings);
        Assert.Contains(warnings, w => w.StartsWith("003_category.txt(1): warning: 'DeepSeek-V3 Technical Report': title and authors told apart by a guess (authors read as: DeepSeek-AI, Aixin Liu, Bei Feng)", StringComparison.Ordinal));
        Assert.False(_site.Build(BaseUrl, strict: true).Written);
    }

    [Fact]
    public void Every_corrected_field_reaches_the_page_metadata_cite_box_feed_lists_and_exports()
    {
        Assert.True(_site.Build(BaseUrl).Written);
        var lost = SlugOf("Lost Paper With No Meta");
        var counted = SlugOf("Counted Paper On Sorting");
        var deepseek = SlugOf("DeepSeek-V3 Technical Report");
        _site.Write($"papers/{lost}.md", """
            ---
            title: Lost Paper, Found
            authors: [Ada Lovelace, "Babbage, Charles", et al.]
            date: 2023-06-15
            venue: Journal of Recovered Work
            type: article
            doi: https://doi.org/10.5555/lost.1
            arxiv: arXiv:2306.01234v2
            url: https://example.org/lost
            pdf: https://example.org/lost.pdf
            code: https://github.com/example/lost
            slides: https://example.org/lost-slides.pdf
            abstract: |
              A corrected abstract
              about recovery.
            ---
            """);
        _site.Write($"papers/{counted}.md", "---\nauthors: [Grace Hopper]\n---\n");
        // The guess was right: setting the title confirms it.
        _site.Write($"papers/{deepseek}.md", "---\ntitle: DeepSeek-V3 Technical Report\n---\n");

        var result = _site.Build(BaseUrl, strict: true);

        Assert.True(result.Written, string.Join("\n", _site.Diagnostics.Items));
        Assert.DoesNotContain(_site.Diagnostics.Items, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(lost, SlugOfTitle("Lost Paper, Found")); // a corrected title keeps the paper's address

        var page = _site.Html($"papers/{lost}.html");
        Assert.Equal("Lost Paper, Found", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Ada Lovelace", "Charles Babbage"], page.QuerySelectorAll(".paper-authors a").Select(a => a.TextContent));
        Assert.Equal("et al.", page.QuerySelector(".authors-note")?.TextContent);
        Assert.Equal("2023-06-15", page.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("Journal of Recovered Work", page.QuerySelector(".paper-publication .venue")?.TextContent);
        Assert.Equal("https://doi.org/10.5555/lost.1", page.QuerySelector(".paper-publication .doi")?.GetAttribute("href"));
        Assert.Equal("https://arxiv.org/abs/2306.01234", page.QuerySelector(".paper-publication .arxiv")?.GetAttribute("href"));
        var links = page.QuerySelectorAll(".paper-links a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href"));
        Assert.Equal("https://example.org/lost.pdf", links["pdf"]);
        Assert.Equal("https://github.com/example/lost", links["code"]);
        Assert.Equal("https://example.org/lost-slides.pdf", links["slides"]);
        Assert.Equal("A corrected abstract about recovery.", page.QuerySelector(".paper-body p")?.TextContent);

        // Highwire tags and JSON-LD.
        string? Meta(string name) => page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");
        Assert.Equal("Lost Paper, Found", Meta("citation_title"));
        Assert.Equal(["Lovelace, Ada", "Babbage, Charles"], page.QuerySelectorAll("meta[name='citation_author']").Select(m => m.GetAttribute("content")));
        Assert.Equal("2023/06/15", Meta("citation_publication_date"));
        Assert.Equal("Journal of Recovered Work", Meta("citation_journal_title"));
        Assert.Equal("10.5555/lost.1", Meta("citation_doi"));
        Assert.Equal("2306.01234", Meta("citation_arxiv_id"));
        Assert.Equal("https://example.org/lost.pdf", Meta("citation_pdf_url"));
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Lost Paper, Found", jsonLd.RootElement.GetProperty("name").GetString());
        Assert.Equal("2023-06-15", jsonLd.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal(["Ada Lovelace", "Charles Babbage"], jsonLd.RootElement.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));

        // The cite box.
        var bibtex = page.QuerySelector("#bibtex")!.TextContent;
        Assert.StartsWith("@article{lovelace2023lost,\n  title = {{Lost Paper, Found}},\n  author = {Lovelace, Ada and Babbage, Charles and others},\n  year = {2023},\n  month = jun,\n  day = {15},\n  journal = {Journal of Recovered Work},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  doi = {10.5555/lost.1},\n  eprint = {2306.01234},\n  archiveprefix = {arXiv},\n  url = {https://example.org/lost},\n  pdf = {https://example.org/lost.pdf},\n}", bibtex, StringComparison.Ordinal);
        Assert.Equal("Lovelace, A., Babbage, C., et al. (2023). Lost Paper, Found. Journal of Recovered Work. https://doi.org/10.5555/lost.1", page.QuerySelector("#plain-citation")?.TextContent);

        // Author pages, the year lists and the other corrected papers.
        Assert.Contains(_site.Html("authors/ada-lovelace.html").QuerySelectorAll(".paper-title"), a => a.TextContent == "Lost Paper, Found");
        Assert.Contains(_site.Html("years/2023.html").QuerySelectorAll(".paper-title"), a => a.TextContent == "Lost Paper, Found");
        Assert.False(_site.Exists("years/undated.html"));
        Assert.Equal(["Grace Hopper"], _site.Html($"papers/{counted}.html").QuerySelectorAll(".paper-authors a").Select(a => a.TextContent));
        Assert.Null(_site.Html($"papers/{counted}.html").QuerySelector(".authors-note"));

        // The feed.
        var feed = _site.Read("feed.xml");
        Assert.Contains("<title>Lost Paper, Found</title>", feed, StringComparison.Ordinal);
        Assert.Contains("<updated>2023-06-15T00:00:00Z</updated>", feed, StringComparison.Ordinal);
        Assert.Contains("<name>Ada Lovelace</name>", feed, StringComparison.Ordinal);

        // The exports.
        using var csl = JsonDocument.Parse(Export("csl-json"));
        var item = csl.RootElement.EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Lost Paper, Found");
        Assert.Equal("article-journal", item.GetProperty("type").GetString());
        Assert.Equal(["Lovelace", "Babbage"], item.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("family").GetString()));
        Assert.Equal([2023, 6, 15], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("Journal of Recovered Work", item.GetProperty("container-title").GetString());
        Assert.Equal("10.5555/lost.1", item.GetProperty("DOI").GetString());
        Assert.Equal("https://example.org/lost", item.GetProperty("URL").GetString());
        Assert.Equal("arXiv:2306.01234", item.GetProperty("number").GetString());
        Assert.Equal("A corrected abstract about recovery.", item.GetProperty("abstract").GetString());
        Assert.Equal("https://example.org/lost-slides.pdf", item.GetProperty("custom").GetProperty("links").GetProperty("slides").GetString());

        var exportedBibtex = Export("bibtex");
        Assert.Contains("@article{lovelace2023lost,\n  title = {{Lost Paper, Found}},\n  author = {Lovelace, Ada and Babbage, Charles and others},", exportedBibtex, StringComparison.Ordinal);
        Assert.Contains("  abstract = {A corrected abstract about recovery.},\n", exportedBibtex, StringComparison.Ordinal);
        Assert.Contains("  code = {https://github.com/example/lost},\n", exportedBibtex, StringComparison.Ordinal);

        var markdownDir = Path.Combine(_site.Root, "content");
        using (var output = new StringWriter())
        using (var error = new StringWriter())
            Assert.Equal(0, SiteGenCommandLine.Run(["export", "--format", "markdown", "--input", _site.Input, "-o", markdownDir], output, error));
        var markdown = File.ReadAllText(Path.Combine(markdownDir, lost + ".md"));
        Assert.StartsWith("---\ntitle: Lost Paper, Found\ndate: 2023-06-15\nauthors:\n- Ada Lovelace\n- Charles Babbage\nauthors_truncated: true\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nvenue: Journal of Recovered Work\npublication_type: article\ndoi: 10.5555/lost.1\narxiv: \"2306.01234\"\npaper_url: https://example.org/lost\n", markdown, StringComparison.Ordinal);
        Assert.EndsWith("---\n\nA corrected abstract about recovery.\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_one_is_reported_at_its_line_and_the_inputs_value_kept()
    {
        Assert.True(_site.Build().Written);
        var counted = SlugOf("Counted Paper On Sorting");
        _site.Write($"papers/{counted}.md", """
            ---
            date: March 2023
            doi: not-a-doi
            arxiv: someday
            type: poem
            url: ftp://example.org/paper
            authors: []
            title: [a, list]
            ---
            """);

        Assert.True(_site.Build().Written);

        var warnings = _site.Diagnostics.Items.Where(d => d.Location.File == $"papers/{counted}.md").Select(d => d.ToString()).ToList();
        Assert.Equal(
        [
            $"papers/{counted}.md(2): warning: date 'March 2023' is not a date like 2024-03-11, 2024-03 or 2024; ignored",
            $"papers/{counted}.md(3): warning: doi 'not-a-doi' is not a DOI (10.xxxx/...); ignored",
            $"papers/{counted}.md(4): warning: arxiv 'someday' is not an arXiv id (2301.01234, hep-th/9901001) or arXiv URL; ignored",
            $"papers/{counted}.md(5): warning: type 'poem' is neither a BibTeX entry type (article, inproceedings, phdthesis, ...) nor a CSL type; ignored",
            $"papers/{counted}.md(6): warning: url 'ftp://example.org/paper' is not an http(s) address; ignored",
            $"papers/{counted}.md(7): warning: 'authors' must list at least one name (\"Jane Doe\" or \"Doe, Jane\"); ignored",
            $"papers/{counted}.md(8): warning: 'title' must be a text value; ignored",
        ], warnings);
        var page = _site.Html($"papers/{counted}.html");
        Assert.Equal("Counted Paper On Sorting", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("2024-03-11", page.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("5 authors", page.QuerySelector(".authors-note")?.TextContent);
        Assert.StartsWith("@misc{", page.QuerySelector("#bibtex")!.TextContent, StringComparison.Ordinal);
    }

    private string SlugOfTitle(string title) =>
        _site.Pages("papers").Where(p => _site.Html(p).QuerySelector("h1")?.TextContent == title).Select(Path.GetFileNameWithoutExtension).FirstOrDefault() ?? "";

    private string Export(string format)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, SiteGenCommandLine.Run(["export", "--format", format, "--input", _site.Input], output, error));
        return output.ToString();
    }
}
