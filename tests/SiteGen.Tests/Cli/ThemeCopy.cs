using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>A copy of the shipped theme that a test may break and repair.</summary>
internal static class ThemeCopy
{
    /// <summary>A syntax error on line 2: a for loop with nothing to loop over.</summary>
    public const string BrokenTemplate = "<p>\n  {{ for }}broken";

    /// <summary>How the build reports <see cref="BrokenTemplate"/>: file(line,col), as editors jump to it.</summary>
    public const string BrokenTemplateError = "theme/layouts/home.sbn-html(2,10): error: template error";

    /// <summary>Parses, but fails while rendering: a pipe into a function that does not exist.</summary>
    public const string FailingTemplate = "<p>\n  {{ \"x\" | no_such_function }}";

    /// <summary>How the build reports <see cref="FailingTemplate"/> (the column is Scriban's).</summary>
    public const string FailingTemplateError = "theme/layouts/home.sbn-html(2,";

    public static string HomeLayout(string theme) => Path.Combine(theme, "layouts", "home.sbn-html");

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
