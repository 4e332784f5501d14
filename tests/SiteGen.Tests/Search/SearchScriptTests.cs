using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>Guards on theme/assets/search.js that a browser test would not notice until a CSP or a budget broke.</summary>
public sealed class SearchScriptTests
{
    private static readonly string Script = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search.js"));

    [Fact]
    public void The_script_stays_within_30_KB() =>
        Assert.True(new FileInfo(Path.Combine(RepoPaths.Theme, "assets", "search.js")).Length <= 30 * 1024);

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
    public void The_script_uses_nothing_a_strict_CSP_or_file_URLs_would_block(string construct) =>
        Assert.DoesNotContain(construct, Script, StringComparison.Ordinal);
}
