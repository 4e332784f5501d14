namespace SiteGen.E2E.Support;

/// <summary>
/// The shipped site built with a theme copied by an older `sitegen new`: the repository's theme, but with
/// the assets/search.js of before the engine left the theme (the whole old engine).
/// </summary>
public sealed class OldThemeSiteFixture : BuiltSiteFixture
{
    internal static readonly string OldSearchScript = Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Search", "TestFiles", "theme-before-engine-split", "search.js");

    protected override string Theme(string scratch)
    {
        var theme = Path.Combine(scratch, "theme");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.Copy(OldSearchScript, Path.Combine(theme, "assets", "search.js"), overwrite: true);
        return theme;
    }
}
