using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Parsing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The CLI run in-process, with its output and error streams captured.</summary>
public sealed class CliTests
{
    private const string MalformedCategory =
        "LGMar 1, 2024\nFirst Paper TitleAlice Smith, Bob Jones\nFirst abstract.\n" +
        "a stray line that fits no entry\n" +
        "LGMar 3, 2024\nThird Paper TitleCarol White, Dan Brown\nThird abstract.\n";

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        // A build writes a site: never into the repository, always into a scratch folder.
        if (args[0] == "build" && !args.Contains("--output"))
            args = [.. args, "--theme", RepoPaths.Theme, "--output", Path.Combine(Path.GetTempPath(), "sitegen-cli-out-" + Guid.NewGuid().ToString("N"))];
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Csl_json_export_of_the_shipped_input_has_one_complete_item_per_paper()
    {
        var (code, output, _) = Run("export", "--format", "csl-json", "--input", RepoPaths.Input);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToList();
        var catalog = CatalogPipeline.Run(RepoPaths.Input, new DiagnosticBag()).Catalog;
        // 211 entries, 208 papers: the three papers two listings share are one item each.
        Assert.Equal(208, items.Count);
        Assert.Equal(208, items.Select(i => i.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());
        for (var n = 0; n < items.Count; n++)
        {
            var item = items[n];
            var paper = catalog.Papers[n];
            // Listings are preprint feeds: CSL's "article" is a preprint.
            Assert.Equal("article", item.GetProperty("type").GetString());
            Assert.Equal(paper.Title, item.GetProperty("title").GetString());
            // The abstract as it reads (issue 19): "vision--language" is "vision–language", formulas in plain form.
            Assert.Equal(SiteGen.Tex.ReadableAbstract.Of(paper.Abstract).Text, item.GetProperty("abstract").GetString());
            // The site's topics are the keywords, for every paper (not only those with a listing category).
            Assert.Equal(string.Join(", ", paper.TopicIds.Select(id => catalog.Topics[id].Name)), item.TryGetProperty("keyword", out var k) ? k.GetString() : "");

            var authors = item.GetProperty("author").EnumerateArray().ToList();
            Assert.All(authors, a => Assert.True(
                a.TryGetProperty("family", out _) || (a.TryGetProperty("literal", out var literal) && literal.GetString() == paper.Organisation),
                $"{paper.Title}: an author needs 'family', or is the organisation as 'literal' (never \"others\" for et al.)"));
            Assert.Equal(paper.Authors.Count, authors.Count(a => a.TryGetProperty("family", out _)));
            Assert.DoesNotContain(authors, a => a.TryGetProperty("family", out var f) && f.GetString()!.Contains("et al", StringComparison.Ordinal));

            if (paper.Date.IsUnknown)
            {
                Assert.False(item.TryGetProperty("issued", out _));
            }
            else
            {
                var parts = item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32());
                Assert.Equal(paper.Date.ToDateParts(), parts);
            }
        }
        Assert.Equal(catalog.Papers.Count(p => p.TopicIds.Count > 0), items.Count(i => i.TryGetProperty("keyword", out _)));
        // The shipped input has named, counted and organisation-only papers, and dated and undated ones.
        Assert.Contains(items, i => i.GetProperty("author").EnumerateArray().Any(a => a.TryGetProperty("given", out _)));
        Assert.Contains(items, i => i.GetProperty("author").EnumerateArray().Any(a => a.TryGetProperty("literal", out _)));
        Assert.Equal(195, items.Count(i => i.TryGetProperty("issued", out _)));
    }

    [Fact]
    public void Json_export_keeps_one_raw_record_per_listing_entry()
    {
        var (code, output, _) = Run("export", "--format", "json", "--input", RepoPaths.Input);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var records = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(211, records.Count);
        // A paper two listings give is two records here, each with its own source.
        Assert.Equal(2, records.Count(r => r.GetProperty("title").GetString()!.StartsWith("Is the Reversal Curse", StringComparison.Ordinal)));
        Assert.All(records, r => Assert.True(r.TryGetProperty("source", out _)));
    }

    [Fact]
    public void Csl_json_names_split_given_and_family()
    {
        var (_, output, _) = Run("export", "--format", "csl-json", "--input", RepoPaths.Input);
        using var json = JsonDocument.Parse(output);
        var authors = json.RootElement.EnumerateArray().SelectMany(i => i.GetProperty("author").EnumerateArray())
            .Where(a => a.TryGetProperty("given", out _))
            .Select(a => (a.GetProperty("given").GetString(), a.GetProperty("family").GetString()))
            .ToList();

        Assert.Contains(("Daniel C.", "Castro"), authors);
        Assert.Contains(("Robert", "van der Klis"), authors);
    }

    [Fact]
    public void Export_writes_to_a_file_with_output()
    {
        using var input = new TempInput().With("cat.txt", "LGMar 1, 2024\nA Paper TitleAlice Smith, Bob Jones\nAn abstract.\n");
        var target = Path.Combine(input.Dir, "out", "papers.json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);

        var (code, output, _) = Run("export", "--format", "csl-json", "--input", input.Dir, "-o", target);

        Assert.Equal(0, code);
        Assert.Equal("", output);
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal("A Paper Title", json.RootElement[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("build")]
    [InlineData("export", "--format", "json")]
    public void Strict_turns_a_malformed_entry_into_exit_code_1(params string[] command)
    {
        using var input = new TempInput().With("cat.txt", MalformedCategory);

        var (code, _, error) = Run([.. command, "--input", input.Dir, "--strict"]);

        Assert.Equal(1, code);
        Assert.Contains("cat.txt(4): warning: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("export", "--format", "json")]
    public void Without_strict_a_malformed_entry_is_reported_but_exit_code_is_0(params string[] command)
    {
        using var input = new TempInput().With("cat.txt", MalformedCategory);

        var (code, _, error) = Run([.. command, "--input", input.Dir]);

        Assert.Equal(0, code);
        Assert.Contains("cat.txt(4): warning: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_reports_what_it_built()
    {
        using var site = new TestSite();
        var (code, output, error) = Run("build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.Theme);

        Assert.Equal(0, code);
        Assert.Contains("208 papers", output, StringComparison.Ordinal);
        Assert.Contains("001_083806b9c7bcd6f3.txt(301): warning:", error, StringComparison.Ordinal);
        Assert.True(site.Exists("index.html"));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (code, output, error) = Run("export", "--format", "bibtexx", "--input", RepoPaths.Input);

        Assert.Equal(2, code);
        Assert.Contains("bibtexx", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\"title\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_url_on_the_command_line_reaches_canonical_links_open_graph_the_sitemap_and_the_feed()
    {
        using var site = new TestSite();
        var (code, _, _) = Run("build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.Theme, "--base-url", "https://example.org/lab/");

        Assert.Equal(0, code);
        const string paper = "papers/maira-2-grounded-radiology-report-generation.html";
        var page = site.Html(paper);
        Assert.Equal("https://example.org/lab/" + paper, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("https://example.org/lab/" + paper, page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.Contains("<loc>https://example.org/lab/" + paper + "</loc>", site.Read("sitemap.xml"), StringComparison.Ordinal);
        var feed = site.Read("feed.xml");
        Assert.Contains("<link rel=\"self\" href=\"https://example.org/lab/feed.xml\" />", feed, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" href=\"https://example.org/lab/papers/", feed, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://example.org/lab/sitemap.xml", site.Read("robots.txt"), StringComparison.Ordinal);
    }
}
