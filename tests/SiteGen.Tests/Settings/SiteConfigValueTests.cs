using SiteGen.Cli;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Settings;

/// <summary>site.yml values that are the right type but unusable: each is reported once, at its line, and ignored.</summary>
public sealed class SiteConfigValueTests
{
    private static (SiteConfig Config, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        return (SiteConfigLoader.Parse(yaml, "site.yml", diagnostics), diagnostics.Items);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("example.org")]
    [InlineData("/lab")]
    [InlineData("ftp://example.org")]
    public void A_base_url_that_is_not_an_absolute_web_address_is_ignored_with_a_warning_at_its_line(string url)
    {
        var (config, diagnostics) = Parse($"title: Lab\nbase_url: \"{url}\"\n");
        Assert.Equal("", config.BaseUrl);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(2, warning.Location.Line);
        Assert.Contains("'base_url' must be an absolute http:// or https:// address", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_web_address_base_url_is_kept_without_its_trailing_slash()
    {
        var (config, diagnostics) = Parse("base_url: https://example.org/lab/\n");
        Assert.Empty(diagnostics);
        Assert.Equal("https://example.org/lab", config.BaseUrl);
        // Spaces around it would end up inside every absolute link.
        Assert.Equal("https://example.org/lab", Parse("base_url: \" https://example.org/lab/ \"\n").Config.BaseUrl);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("en gb")]
    [InlineData("\"><script>")]
    public void A_language_that_is_not_a_language_tag_is_ignored(string language)
    {
        var (config, diagnostics) = Parse($"language: '{language}'\n");
        Assert.Equal(SiteConfig.Default.Language, config.Language);
        Assert.Contains("'language' must be a language tag", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal("de-CH", Parse("language: de-CH\n").Config.Language);
    }

    [Fact]
    public void A_member_homepage_must_be_a_web_address()
    {
        var (config, diagnostics) = Parse("authors:\n  members:\n    - name: Jane Doe\n      homepage: javascript:alert(1)\n");
        var member = Assert.Single(config.Authors.Members);
        Assert.Null(member.Homepage);
        Assert.Equal(4, Assert.Single(diagnostics).Location.Line);
    }

    [Fact]
    public void A_member_whose_name_is_not_text_is_reported_once()
    {
        var (config, diagnostics) = Parse("authors:\n  members:\n    - name: [x]\n    - homepage: https://example.org\n");
        Assert.Empty(config.Authors.Members);
        Assert.Equal([3, 4], diagnostics.Select(d => d.Location.Line));
        Assert.Contains("must be a text value", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("has no name", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listing_year_pinned_for_a_file_that_is_not_there_is_reported_at_its_line()
    {
        using var site = new TestSite();
        site.Write("site.yml", "listing_years:\n  001_083806b9c7bcd6f3.txt: 2024\n  no-such-file.txt: 2019\n");
        site.Build();
        var warning = Assert.Single(site.Diagnostics.Items, d => d.Location.File == "site.yml");
        Assert.Equal(3, warning.Location.Line);
        Assert.Contains("'no-such-file.txt' is not a listing in the input folder", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("example.org")]
    public void A_base_url_option_that_is_not_a_web_address_is_a_usage_error(string url)
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("a.txt", "Doe, Jane\nA Paper\nDoe, Jane\nAn abstract.\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommandLine.Run(["build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.Theme, "--base-url", url], output, error);

        Assert.Equal(2, code);
        Assert.Contains("--base-url must be an absolute http:// or https:// address", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
