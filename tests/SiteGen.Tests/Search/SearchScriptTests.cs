using System.Text.RegularExpressions;
using SiteGen.Rendering;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// Guards on the two search scripts, the engine (search/engine.js, from src/SiteGen/Search/Engine) and the
/// theme's UI (theme/assets/search.js), that a browser test would not notice until a CSP or a budget broke.
/// </summary>
public sealed class SearchScriptTests
{
    private static readonly string UiPath = Path.Combine(RepoPaths.Theme, "assets", "search.js");

    // The code without its comments (which may name what the code avoids): block comments and
    // comments that start a line or follow code after two spaces.
    private static string Code(string script) => Regex.Replace(script,
        @"/\*.*?\*/|(^|\s{2}|;\s)//[^\n]*", "", RegexOptions.Singleline | RegexOptions.Multiline);

    public static TheoryData<string> Scripts => new() { "engine", "ui" };

    private static string Script(string which) => which == "engine" ? SearchEngineScript.Source() : File.ReadAllText(UiPath);

    [Theory, MemberData(nameof(Scripts))]
    public void The_comment_stripping_keeps_the_code(string which) =>
        Assert.Contains("SiteGenSearch", Code(Script(which)), StringComparison.Ordinal);

    [Fact]
    public void Engine_and_UI_together_stay_within_30_KB_as_published()
    {
        var engine = SearchEngineScript.File.Content.Length;
        var ui = ScriptMinifier.Minify(File.ReadAllText(UiPath)).Code!.Length;
        Assert.True(engine + ui <= 30 * 1024, $"engine {engine} + UI {ui} bytes");
    }

    [Fact]
    public void The_engine_is_built_with_porter2_in_it_and_reads_the_builders_format()
    {
        var source = SearchEngineScript.Source();
        Assert.Contains($"var FORMAT = {SearchIndexBuilder.Format};", source, StringComparison.Ordinal);
        Assert.DoesNotContain("/*SITEGEN:", source, StringComparison.Ordinal);
        Assert.Contains("exports.stem = function stem(word)", source, StringComparison.Ordinal);
        // porter2's MIT licence travels with the minified engine.
        Assert.Contains("Copyright (c) 2024 eilvelia", System.Text.Encoding.UTF8.GetString(SearchEngineScript.File.Content.Span), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eval(")]
    [InlineData("new Function")]
    [InlineData("innerHTML")]
    [InlineData("outerHTML")]
    [InlineData("insertAdjacentHTML")]
    [InlineData("document.write")]
    [InlineData(".style")]
    [InlineData("setAttribute('on")]
    [InlineData("fetch(")]
    [InlineData("import(")]
    public void The_scripts_use_nothing_a_strict_CSP_or_file_URLs_would_block(string construct)
    {
        Assert.DoesNotContain(construct, Code(Script("engine")), StringComparison.Ordinal);
        Assert.DoesNotContain(construct, Code(Script("ui")), StringComparison.Ordinal);
    }
}
