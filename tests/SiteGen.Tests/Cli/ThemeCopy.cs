using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>A copy of the shipped theme that a test may break and repair.</summary>
internal static class ThemeCopy
{
    public const string BrokenTemplate = "{{#each}}broken";

    public static string HomeLayout(string theme) => Path.Combine(theme, "layouts", "home.hbs");

    /// <summary>Copies the theme to <paramref name="root"/>/theme (beside a project's input/) and returns that folder.</summary>
    public static string Into(string root)
    {
        var theme = Path.Combine(root, "theme");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return theme;
    }

    public static string Broken(string root)
    {
        var theme = Into(root);
        File.WriteAllText(HomeLayout(theme), BrokenTemplate);
        return theme;
    }
}
