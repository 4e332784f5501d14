using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Issue 15: input that used to end the process — a stack overflow from deep nesting, an
/// exception from YamlDotNet or Markdig — is a diagnostic naming the file (and line), and a
/// site.yml that cannot be read keeps the previous site instead of replacing it with one built
/// on default settings.
/// </summary>
public sealed class MalformedInputTests : IDisposable
{
    private const string Listing = "Doe, Jane\nA Paper With Extras\nDoe, Jane\nAn abstract long enough to be one, about inputs that are not what they seem.\n";

    /// <summary>About 200 KB of '[': YamlDotNet built one node per level, recursively.</summary>
    private static readonly string DeepYaml = new('[', 200_000);

    private readonly TestSite _site = new(copyShippedInput: false);

    public MalformedInputTests() => _site.Write("list.txt", Listing);

    public void Dispose() => _site.Dispose();

    private string GoodSite()
    {
        _site.Write("site.yml", "title: The Good Site\n");
        Assert.True(_site.Build().Written);
        return _site.Read("index.html");
    }

    private string Slug() => Path.GetFileNameWithoutExtension(_site.Pages("papers").Single(p => p != "papers/index.html"));

    public static TheoryData<string, string> BrokenSiteYml => new()
    {
        { "title: [unclosed", "invalid YAML" },
        { "- just\n- a list\n", "must be a mapping" },
        // The scanner threw InvalidOperationException with a stack trace here.
        { "authors:\n  members:\n    - name: [oops\n      homepage: https://example.org\n", "invalid YAML" },
        { DeepYaml, "nested more than 64 levels" },
    };

    [Theory]
    [MemberData(nameof(BrokenSiteYml))]
    public void A_site_yml_that_cannot_be_read_is_an_error_at_its_line_and_keeps_the_previous_site(string yaml, string message)
    {
        var before = GoodSite();
        _site.Write("site.yml", yaml);

        var result = _site.Build();

        Assert.False(result.Written);
        var error = Assert.Single(_site.Diagnostics.Items, d => d.Location.File == "site.yml");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.True(error.Location.Line >= 1);
        Assert.Equal(before, _site.Read("index.html")); // not rebuilt on default settings
    }

    [Fact]
    public void The_command_line_calls_a_site_yml_error_an_error_and_fails()
    {
        GoodSite();
        _site.Write("site.yml", "title: [unclosed");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = SiteGenCommandLine.Run(["build", "--input", _site.Input, "--output", _site.Output, "--theme", RepoPaths.Theme], output, error);

        Assert.Equal(ExitCodes.InputProblems, code);
        Assert.Contains("site.yml(1): error: invalid YAML", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("warning(s)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("The Good Site", _site.Read("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_nested_200_KB_deep_is_an_error_naming_the_file()
    {
        GoodSite();
        var slug = Slug();
        _site.Write($"papers/{slug}.md", $"---\npdf: {DeepYaml}\n---\nNotes.\n");

        Assert.False(_site.Build().Written);

        var error = Assert.Single(_site.Diagnostics.Items, d => d.Location.File == $"papers/{slug}.md");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void A_permalink_map_nested_200_KB_deep_is_an_error_and_is_left_as_it_is()
    {
        GoodSite();
        var map = Path.Combine(_site.Input, "permalinks.yml");
        File.WriteAllText(map, "papers: " + DeepYaml);

        Assert.False(_site.Build().Written);

        var error = Assert.Single(_site.Diagnostics.Items, d => d.Location.File == "permalinks.yml");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("papers: " + DeepYaml, File.ReadAllText(map));
    }

    [Fact]
    public void A_bib_title_nested_200000_emph_deep_is_read_as_text_and_reported_at_its_line()
    {
        const int Depth = 200_000;
        _site.Write("deep.bib", "% a pathological entry\n@article{deep, title={Deep "
            + string.Concat(Enumerable.Repeat("\\emph{", Depth)) + "Nesting" + new string('}', Depth) + "}, author={Roe, Richard}, year=2020}\n");

        Assert.True(_site.Build().Written, string.Join("\n", _site.Diagnostics.Items));

        var warning = Assert.Single(_site.Diagnostics.Items, d => d.Location.File == "deep.bib");
        Assert.Equal(2, warning.Location.Line);
        Assert.Contains("200000 levels deep", warning.Message, StringComparison.Ordinal);
        Assert.Contains(_site.Pages("papers"), p => _site.Html(p).QuerySelector("h1")?.TextContent == "Deep Nesting");
    }

    [Fact]
    public void Notes_nested_1000_quotes_deep_are_reported_at_their_file_and_line_and_shown_as_text()
    {
        GoodSite();
        var slug = Slug();
        _site.Write($"papers/{slug}.md", "---\nfeatured: true\n---\n\n" + string.Concat(Enumerable.Repeat("> ", 1000)) + "the innermost thought\n");

        Assert.True(_site.Build().Written, string.Join("\n", _site.Diagnostics.Items));

        var warning = Assert.Single(_site.Diagnostics.Items, d => d.Location.File == $"papers/{slug}.md");
        Assert.Equal(5, warning.Location.Line);
        Assert.Contains("the innermost thought", _site.Html($"papers/{slug}.html").QuerySelector(".paper-body")!.TextContent, StringComparison.Ordinal);
    }
}
