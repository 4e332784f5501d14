using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// site.yml's <c>papers.same</c> and <c>papers.distinct</c> (issue 14): an arXiv preprint and its
/// published version under another title become one paper whose other address keeps working, two
/// similar titles of different papers stop being reported, and <c>check --strict</c> passes.
/// </summary>
public sealed class PaperIdentitySettingsTests : IDisposable
{
    private const string BaseUrl = "https://lab.example.org";
    private const string Published = "Sorting Networks at Scale";
    private const string Preprint = "Scaling Sorting Networks To Many Things";

    private const string PreprintListing = """
        LGMar 1, 2024Code
        Scaling Sorting Networks To Many ThingsAlice Smith, Bob Jones
        We scale sorting networks to many things and learn to sort them.
        """;

    private const string PublishedBib = """
        @inproceedings{smith2024sorting,
          title = {Sorting Networks at Scale},
          author = {Smith, Alice and Jones, Bob},
          booktitle = {Advances in Neural Information Processing Systems},
          year = {2024},
          month = dec,
          doi = {10.5555/sorting.2024},
        }
        """;

    private const string SameSetting = """
        papers:
          same:
            - ["Sorting Networks at Scale", "Scaling Sorting Networks To Many Things"]
        """;

    private readonly TestSite _site = new(copyShippedInput: false);

    public void Dispose() => _site.Dispose();

    private string SlugOf(string title) =>
        Path.GetFileNameWithoutExtension(_site.Pages("papers").Single(p => _site.Html(p).QuerySelector("h1")?.TextContent == title));

    private (int Code, string Output, string Error) Check(params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommandLine.Run(["check", "--input", _site.Input, "--site", _site.Output, .. extra], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Titles_said_to_be_one_paper_make_one_page_and_the_other_address_redirects_to_it()
    {
        _site.Write("preprint.txt", PreprintListing);
        _site.Write("published.bib", PublishedBib);
        Assert.Equal(2, _site.Build(BaseUrl).Papers);
        var published = SlugOf(Published);
        var preprint = SlugOf(Preprint);
        // A note written for the preprint's page, by its address.
        _site.Write($"papers/{preprint}.md", "---\nslides: https://example.org/sorting-slides.pdf\n---\n");

        _site.Write("site.yml", SameSetting);
        var result = _site.Build(BaseUrl, strict: true);

        Assert.True(result.Written, string.Join("\n", _site.Diagnostics.Items));
        Assert.Equal(1, result.Papers);
        var page = _site.Html($"papers/{published}.html");
        Assert.Equal(Published, page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Advances in Neural Information Processing Systems", page.QuerySelector(".paper-publication .venue")?.TextContent);
        Assert.Contains(page.QuerySelectorAll(".paper-meta .topic"), t => t.TextContent == "Machine Learning"); // the preprint's category
        Assert.Contains(page.QuerySelectorAll(".paper-meta .badge"), b => b.TextContent == "Code");
        Assert.Equal("https://example.org/sorting-slides.pdf", page.QuerySelectorAll(".paper-links a").Single(a => a.TextContent == "slides").GetAttribute("href"));
        Assert.Equal(["preprint.txt(1)", "published.bib(1)"], page.QuerySelectorAll(".sources code").Select(c => c.TextContent));

        // The preprint's address is now a redirect page, a Netlify rule, and not in the sitemap.
        var moved = _site.Html($"papers/{preprint}.html");
        Assert.Equal($"0; url=../papers/{published}.html", moved.QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Equal($"{BaseUrl}/papers/{published}.html", moved.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        Assert.Contains($"/papers/{preprint}.html /papers/{published}.html 301\n", _site.Read("_redirects"), StringComparison.Ordinal);
        Assert.DoesNotContain($"papers/{preprint}.html", _site.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains($"papers/{published}.html", _site.Read("sitemap.xml"), StringComparison.Ordinal);
        // The permalink map keeps the preprint's slug, so it is never handed to another paper.
        Assert.Contains($"slug: {preprint}", File.ReadAllText(Path.Combine(_site.Input, "permalinks.yml")), StringComparison.Ordinal);
        Assert.Equal(0, Check("--strict").Code);

        // Taking the setting back gives the preprint its own page at its old address again.
        File.Delete(Path.Combine(_site.Input, "site.yml"));
        Assert.Equal(2, _site.Build(BaseUrl).Papers);
        Assert.Equal(Preprint, _site.Html($"papers/{preprint}.html").QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public void The_first_title_listed_is_shown_and_keeps_its_address_even_if_only_the_other_was_built_before()
    {
        _site.Write("preprint.txt", PreprintListing);
        Assert.True(_site.Build().Written);
        var preprint = SlugOf(Preprint);
        _site.Write("published.bib", PublishedBib);
        _site.Write("site.yml", SameSetting);

        Assert.True(_site.Build().Written);

        // The merged paper takes over the only address it ever had rather than minting a new one.
        Assert.Equal(Published, _site.Html($"papers/{preprint}.html").QuerySelector("h1")?.TextContent);
        Assert.Single(_site.Pages("papers"), p => !p.StartsWith("papers/index", StringComparison.Ordinal) && _site.Html(p).QuerySelector("meta[http-equiv='refresh']") is null);
    }

    [Fact]
    public void Similar_titles_said_to_be_distinct_are_not_reported_and_check_strict_passes()
    {
        // Named authors and dates, so that the only advice check --strict can fail on is the near-duplicate pair.
        _site.Write("tno.bib", """
            @article{tno2025colours,
              title = {Causal evidence for the primordiality of colours in trans-Neptunian objects},
              author = {Rivera, Ana and Okafor, Chidi},
              abstract = {The colours of trans-Neptunian objects and what they tell about the early Solar System.},
              year = {2025}, month = aug,
            }
            @article{tno2025colors,
              title = {Causal Evidence for the Primordiality of Colors in Trans-Neptunian Objects},
              author = {Rivera, Ana and Okafor, Chidi},
              abstract = {The colors of trans-Neptunian objects, measured again and modelled with causal inference.},
              year = {2025}, month = jul,
            }
            """);
        Assert.True(_site.Build().Written);
        var (code, output, _) = Check("--strict");
        Assert.Equal(ExitCodes.InputProblems, code);
        Assert.Contains("Near-duplicate papers (similar titles, not merged): 1", output, StringComparison.Ordinal);
        Assert.Contains("""    different papers: papers: { distinct: [["Causal evidence for the primordiality of colours in trans-Neptunian objects", "Causal Evidence for the Primordiality of Colors in Trans-Neptunian Objects"]] }""", output, StringComparison.Ordinal);

        _site.Write("site.yml", """
            papers:
              distinct:
                - ["Causal evidence for the primordiality of colours in trans-Neptunian objects", "Causal Evidence for the Primordiality of Colors in Trans-Neptunian Objects"]
            """);
        Assert.Equal(2, _site.Build().Papers);
        (code, output, _) = Check("--strict");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Near-duplicate papers (similar titles, not merged): 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_that_names_no_paper_and_a_merge_of_distinct_titles_are_reported_where_site_yml_says_them()
    {
        _site.Write("preprint.txt", PreprintListing);
        _site.Write("published.bib", PublishedBib);
        _site.Write("site.yml", """
            papers:
              same:
                - ["Sorting Networks at Scale", "A Title Nobody Wrote"]
                - ["Sorting Networks at Scale", "Scaling Sorting Networks To Many Things"]
              distinct:
                - ["sorting networks at scale", "Scaling Sorting Networks to Many Things!"]
            """);

        var result = _site.Build();

        Assert.Equal(2, result.Papers);
        var warnings = _site.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.Equal(
        [
            "site.yml(3): warning: papers.same: no paper has the title 'A Title Nobody Wrote' (titles match ignoring case, accents and punctuation); ignored",
            "site.yml(4): warning: papers.same: these titles are also listed under papers.distinct; not merged",
        ], warnings);
    }
}
