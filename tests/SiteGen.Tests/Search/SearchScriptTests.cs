using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>Guards on theme/assets/search.js that a browser test would not notice until a CSP or a budget broke.</summary>
public sealed class SearchScriptTests
{
    // The code without its comments (which may name what the code avoids): block comments and
    // comments that start a line or follow code after two spaces.
    private static readonly string Script = System.Text.RegularExpressions.Regex.Replace(
        File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search.js")),
        @"/\*.*?\*/|(^|\s{2}|;\s)//[^\n]*", "", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.Multiline);

    [Fact]
    public void The_comment_stripping_keeps_the_code() =>
        Assert.Contains("SiteGenSearch", Script, StringComparison.Ordinal);

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
