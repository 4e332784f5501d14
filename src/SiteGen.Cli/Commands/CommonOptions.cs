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
}
