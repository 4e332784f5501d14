using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Tex;

/// <summary>
/// A site whose abstracts carry TeX as arXiv listings write it (issue 19): formulas are MathML on the
/// paper page and in the list's abstract toggle, escapes and text commands are text in the meta
/// description, JSON-LD, feed, CSL-JSON and search, the .bib keeps TeX, prices stay prices, and a formula
/// the converter refuses stays TeX with an info at its entry.
/// </summary>
public sealed class MathSiteTests : IClassFixture<MathSiteTests.MathSite>
{
    public sealed class MathSite : IDisposable
    {
        public const string Listing = """
            Curie, Marie
            Scaling PointNets to Large Surveys
            Curie, Marie, Curie, Pierre
            Our PointNets analyse inputs of $\mathcal{O}(10^4) - \mathcal{O}(10^5)$ galaxies and reach 100\% accuracy with \emph{no} tuning; R\&D costs fell by ${\sim}84$\,GB.
            Funding Rounds of Model Labs
            Curie, Pierre
            The lab raised $5M in 2023 and $20,000 later.
            A Formula the Converter Refuses
            Curie, Marie
            The bound $\frac{1}{\undefinedmacro{n}}$ holds <script>alert(1)</script>.
            """;

        public MathSite()
        {
            Site = new TestSite(copyShippedInput: false);
            Site.Write("lab.txt", Listing);
            // Dated, so the feed has them.
            foreach (var slug in new[] { "scaling-pointnets-to-large-surveys", "funding-rounds-of-model-labs", "a-formula-the-converter-refuses" })
                Site.Write($"papers/{slug}.md", "---\ndate: 2024-03-11\n---\n");
            Site.Build("https://example.org");
        }

        internal TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    private readonly TestSite _site;

    public MathSiteTests(MathSite fixture) => _site = fixture.Site;

    private const string Galaxies = "papers/scaling-pointnets-to-large-surveys.html";

    [Fact]
    public void The_paper_page_shows_formulas_as_MathML_and_escapes_as_text()
    {
        var page = _site.Html(Galaxies);
        var abstractParagraph = page.QuerySelectorAll("math")[0].ParentElement!;
        Assert.Equal(2, abstractParagraph.QuerySelectorAll("math").Length);
        Assert.Contains("100% accuracy", abstractParagraph.TextContent);
        Assert.Contains("R&D costs", abstractParagraph.TextContent);
        Assert.Equal("no", abstractParagraph.QuerySelector("em")!.TextContent);
        Assert.DoesNotContain("\\", abstractParagraph.TextContent);
        Assert.DoesNotContain("$", abstractParagraph.TextContent);
        // 𝒪 is temml's script O: the formula is typeset, not left as TeX.
        Assert.Contains("𝒪", abstractParagraph.QuerySelectorAll("math")[0].TextContent);
    }

    [Fact]
    public void No_page_carries_a_style_attribute_or_TeX_annotation()
    {
        foreach (var path in _site.Pages())
        {
            var page = _site.Html(path);
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.Empty(page.QuerySelectorAll("annotation"));
        }
    }

    [Fact]
    public void The_list_toggle_shows_the_formula_as_MathML()
    {
        var list = _site.Html("papers/index.html");
        Assert.Contains(list.QuerySelectorAll("details math"), m => m.TextContent.Contains("𝒪", StringComparison.Ordinal));
    }

    [Fact]
    public void Meta_description_JSON_LD_and_feed_read_as_text()
    {
        var page = _site.Html(Galaxies);
        var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.StartsWith("Our PointNets analyse inputs of O(10^4) − O(10^5) galaxies and reach 100% accuracy with no tuning; R&D costs fell by ∼84\u202FGB.", description);
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(description, jsonLd.RootElement.GetProperty("description").GetString());
        var feed = _site.Read("feed.xml");
        Assert.Contains("inputs of O(10^4) − O(10^5) galaxies and reach 100% accuracy", feed);
        Assert.DoesNotContain("\\mathcal", feed);
    }

    [Fact]
    public void CSL_JSON_gets_text_and_BibTeX_keeps_TeX()
    {
        using var csl = JsonDocument.Parse(_site.Read("papers.json"));
        var abstracts = csl.RootElement.EnumerateArray().Select(i => i.TryGetProperty("abstract", out var a) ? a.GetString() : null).OfType<string>().ToList();
        Assert.Contains(abstracts, a => a.StartsWith("Our PointNets analyse inputs of O(10^4) − O(10^5) galaxies and reach 100% accuracy", StringComparison.Ordinal));
        var bib = _site.Read("papers.bib");
        Assert.Contains(@"inputs of $\mathcal{O}(10^4) - \mathcal{O}(10^5)$ galaxies and reach 100\% accuracy with \emph{no} tuning; R\&D costs fell by ${\sim}84$\,GB.", bib);
    }

    [Fact]
    public void Search_indexes_the_readable_text_and_shows_it_in_snippets()
    {
        var shards = Directory.EnumerateFiles(Path.Combine(_site.Output, "search"), "*.js", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var snippets = string.Join("\n", shards);
        Assert.Contains("O(10^4) − O(10^5) galaxies and reach 100% accuracy", snippets);
        Assert.DoesNotContain("\\\\mathcal", snippets);
    }

    [Fact]
    public void Prices_stay_as_written()
    {
        var page = _site.Html("papers/funding-rounds-of-model-labs.html");
        Assert.Empty(page.QuerySelectorAll("math"));
        Assert.Contains("The lab raised $5M in 2023 and $20,000 later.", page.Body!.TextContent);
    }

    [Fact]
    public void A_formula_the_converter_refuses_stays_TeX_with_an_info_at_its_entry()
    {
        var page = _site.Html("papers/a-formula-the-converter-refuses.html");
        Assert.Empty(page.QuerySelectorAll("math"));
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']):not([src])"));
        Assert.Contains(@"The bound $\frac{1}{\undefinedmacro{n}}$ holds <script>alert(1)</script>.", page.Body!.TextContent);
        var info = Assert.Single(_site.Diagnostics.Items, d => d.Message.Contains("undefinedmacro", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal("lab.txt(8)", info.Location.ToString());
        Assert.Contains("is shown as TeX", info.Message);
    }
}
