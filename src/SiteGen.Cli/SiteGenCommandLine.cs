using System.CommandLine;
using SiteGen.Cli.Commands;

namespace SiteGen.Cli;

/// <summary>The command tree; writers are parameters so tests can run commands in-process.</summary>
internal static class SiteGenCommandLine
{
    public static RootCommand Create(TextWriter output, TextWriter error) =>
        new("SiteGen: a static site generator for research paper listings")
        {
            BuildCommand.Create(output, error),
            ExportCommand.Create(output, error),
            CheckCommand.Create(output, error),
            ServeCommand.Create(output, error),
            NewCommand.Create(output, error),
        };

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Create(output, error).Parse(args);
        var code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        // System.CommandLine reports parse errors with exit code 1, which we use for input problems.
        return parse.Errors.Count > 0 && code != 0 ? ExitCodes.UsageError : code;
    }
}
