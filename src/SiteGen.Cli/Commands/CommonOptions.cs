using System.CommandLine;

namespace SiteGen.Cli.Commands;

/// <summary>Options every command that reads the input shares.</summary>
internal static class CommonOptions
{
    public static Option<string> Input() => new("--input", "-i")
    {
        Description = "Folder holding the listings and site.yml",
        DefaultValueFactory = _ => "input",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Treat warnings (malformed entries, unknown settings) as errors: exit non-zero",
    };

    /// <summary>No default value: <see cref="ThemeLocator"/> picks one once the input folder is known.</summary>
    public static Option<string?> Theme() => new("--theme")
    {
        Description = "Theme folder (layouts/, partials/, assets/); default: theme/ beside the input folder, else the theme installed with sitegen. A file the theme lacks comes from the installed theme",
    };

    public static Option<string?> Output() => new("--output", "-o")
    {
        Description = "Output folder (default: site.yml's output, 'output' beside the input folder)",
    };
}
