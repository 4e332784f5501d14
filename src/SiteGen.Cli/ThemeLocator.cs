namespace SiteGen.Cli;

/// <summary>
/// Where the theme is when --theme is not given: the project's own theme/ (beside the input
/// folder, where `sitegen new` puts it), else the default theme shipped beside the
/// executable, so an installed `sitegen` also builds a project that has no theme/. Any theme
/// is layered over the shipped one (<see cref="Installed"/>): it needs only the files it changes.
/// </summary>
internal static class ThemeLocator
{
    /// <summary>The default theme shipped beside the executable, if it is there.</summary>
    public static string? Installed =>
        Path.Combine(AppContext.BaseDirectory, "theme") is var installed && Directory.Exists(installed) ? installed : null;

    public static string Resolve(string? explicitTheme, string inputDir)
    {
        if (explicitTheme is not null) return explicitTheme;
        var project = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputDir)) ?? ".", "theme");
        if (Directory.Exists(project)) return project;
        var installed = Path.Combine(AppContext.BaseDirectory, "theme");
        // Neither exists: name the project's folder, the one the user would create.
        return Directory.Exists(installed) ? installed : project;
    }
}
