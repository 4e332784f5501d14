using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// The theme's scripts as a build publishes them: minified, and a search.js that still holds the old search
/// engine (a theme copied by `sitegen new` before the engine moved beside the index) replaced by the default UI.
/// </summary>
public sealed class ThemeScriptTests
{
    /// <summary>theme/assets/search.js as `sitegen new` wrote it before the engine left the theme (commit 42e0204).</summary>
    private static readonly string OldEngine = Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Search", "TestFiles", "theme-before-engine-split", "search.js");

    private static string ThemeCopy(string root, Action<string> change)
    {
        var theme = Cli.ThemeCopy.Into(root);
        change(Path.Combine(theme, "assets"));
        return theme;
    }

    private static string PublishedAsset(TestSite site, string prefix) =>
        Directory.EnumerateFiles(Path.Combine(site.Output, "assets"), prefix + ".*.js").Single();

    [Fact]
    public void A_theme_holding_the_old_engine_builds_with_the_default_search_UI_and_says_what_to_update()
    {
        using var site = new TestSite();
        var theme = ThemeCopy(site.Root, assets => File.Copy(OldEngine, Path.Combine(assets, "search.js"), overwrite: true));

        var result = site.Build(theme: theme);

        Assert.True(result.Written);
        var warning = Assert.Single(site.Diagnostics.Items, d => d.Location.File.EndsWith("search.js", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("older SiteGen", warning.Message, StringComparison.Ordinal);
        Assert.Contains("replace theme/assets/search.js with the default theme's (`sitegen new NEWDIR`", warning.Message, StringComparison.Ordinal);
        var published = File.ReadAllText(PublishedAsset(site, "search"));
        Assert.Equal(ScriptMinifier.Minify(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search.js"))).Code, published);
        Assert.DoesNotContain("decodeSet", published, StringComparison.Ordinal);
        // The theme folder is read, never written.
        Assert.Equal(File.ReadAllBytes(OldEngine), File.ReadAllBytes(Path.Combine(theme, "assets", "search.js")));
    }

    [Fact]
    public void The_old_engine_fails_a_strict_build()
    {
        using var site = new TestSite();
        var theme = ThemeCopy(site.Root, assets => File.Copy(OldEngine, Path.Combine(assets, "search.js"), overwrite: true));
        Assert.False(site.Build(theme: theme, strict: true).Written);
    }

    [Fact]
    public void Theme_scripts_are_published_minified()
    {
        using var site = new TestSite();
        Assert.True(site.Build().Written);
        foreach (var name in new[] { "site", "search" })
        {
            var source = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", name + ".js"));
            var published = File.ReadAllText(PublishedAsset(site, name));
            Assert.True(published.Length < source.Length * 0.7, $"{name}.js: {published.Length} of {source.Length} bytes");
            Assert.DoesNotContain("\n  ", published, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(site.Diagnostics.Items, d => d.Location.File.EndsWith(".js", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_script_that_does_not_parse_is_published_as_written_with_a_warning_at_its_line()
    {
        using var site = new TestSite();
        const string broken = "// copy buttons\nvar copy = );\nvar done = 1;\n";
        var theme = ThemeCopy(site.Root, assets => File.WriteAllText(Path.Combine(assets, "site.js"), broken));

        Assert.True(site.Build(theme: theme).Written);

        var warning = Assert.Single(site.Diagnostics.Items, d => d.Location.File.EndsWith("site.js", StringComparison.Ordinal));
        Assert.Equal(2, warning.Location.Line);
        Assert.StartsWith("not minified", warning.Message, StringComparison.Ordinal);
        Assert.Equal(broken, File.ReadAllText(PublishedAsset(site, "site")));
    }

    [Fact]
    public void The_default_search_UI_is_not_mistaken_for_the_old_engine()
    {
        var diagnostics = new DiagnosticBag();
        var ui = File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "search.js"));
        Assert.Same(ui, OutdatedSearchScript.Replace(ui, "search.js", diagnostics));
        Assert.Empty(diagnostics.Items);
        Assert.Equal(ui, OutdatedSearchScript.DefaultUi());
        Assert.Equal(ui, OutdatedSearchScript.Replace(File.ReadAllBytes(OldEngine), "search.js", diagnostics));
        Assert.Single(diagnostics.Items);
        Assert.Contains("search/engine.js", Encoding.UTF8.GetString(ui), StringComparison.Ordinal);
    }
}
