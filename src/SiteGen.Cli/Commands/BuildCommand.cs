using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen build</c>: parse every listing and report what was read.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CommonOptions.Input();
        var strict = CommonOptions.Strict();
        var command = new Command("build", "Build the site from the input folder") { input, strict };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var result = IngestPipeline.Run(parse.GetValue(input)!, diagnostics);
            foreach (var listing in result.Listings)
                output.WriteLine($"{listing.File}: {listing.Records.Count} entries ({listing.Format})");
            output.WriteLine($"total: {result.Listings.Sum(l => l.Records.Count)} entries from {result.Listings.Count} listing(s)");
            DiagnosticPrinter.Print(diagnostics, error);
            return DiagnosticPrinter.ExitCode(diagnostics, parse.GetValue(strict));
        });
        return command;
    }
}
