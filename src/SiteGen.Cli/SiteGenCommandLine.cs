using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using SiteGen.Cli.Commands;

namespace SiteGen.Cli;

/// <summary>The command tree; writers are parameters so tests can run commands in-process.</summary>
internal static class SiteGenCommandLine
{
    /// <summary>
    /// A plain command named "sitegen" as the root, not <see cref="RootCommand"/>, which
    /// names itself after the running executable ("SiteGen.Cli" under dotnet run, "testhost" in tests).
    /// </summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var help = new HelpOption();
        var root = new Command("sitegen", "SiteGen: a static site generator for research paper listings")
        {
            help,
            new VersionOption(),
            BuildCommand.Create(output, error),
            ExportCommand.Create(output, error),
            CheckCommand.Create(output, error),
            ServeCommand.Create(output, error),
            NewCommand.Create(output, error),
        };
        // Every command's help ends with the exit codes (the help option is recursive: one action serves all).
        help.Action = new HelpWithExitCodes(help.Action!);
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs a command line; Ctrl+C (or <paramref name="cancel"/>) cancels a running `serve`.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        var parse = Create(output, error).Parse(args);
        var code = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancel).ConfigureAwait(false);
        // System.CommandLine reports parse errors with exit code 1, which we use for input problems.
        return parse.Errors.Count > 0 && code != 0 ? ExitCodes.UsageError : code;
    }
}

/// <summary>The standard help, then the exit codes, which System.CommandLine has no section for.</summary>
internal sealed class HelpWithExitCodes(CommandLineAction standard) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var code = standard is SynchronousCommandLineAction sync ? sync.Invoke(parseResult) : 0;
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Exit codes:");
        foreach (var line in ExitCodes.Described) output.WriteLine("  " + line);
        output.WriteLine();
        return code;
    }
}
