using System.CommandLine;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen build</c>: the whole site from the input folder into the output folder.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CommonOptions.Input();
        var strict = CommonOptions.Strict();
        var theme = CommonOptions.Theme();
        var outputDir = CommonOptions.Output();
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is published at (overrides site.yml's base_url)" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took" };
        var force = new Option<bool>("--force") { Description = "Rebuild even if no input, theme or option changed since the last build" };

        var command = new Command("build", "Build the site from the input folder") { input, strict, theme, outputDir, baseUrl, timings, force };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var result = BuildPipeline.Run(new BuildOptions
            {
                InputDir = parse.GetValue(input)!,
                ThemeDir = parse.GetValue(theme)!,
                OutputDir = parse.GetValue(outputDir),
                BaseUrl = parse.GetValue(baseUrl),
                Strict = parse.GetValue(strict),
                Force = parse.GetValue(force),
            }, diagnostics);

            DiagnosticPrinter.Print(diagnostics, error);
            if (parse.GetValue(timings))
                foreach (var t in result.Timings) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Stage}: {t.Milliseconds} ms (cpu {t.CpuMilliseconds} ms)"));
            if (!result.Written)
            {
                error.WriteLine("build failed; the previous output (if any) is unchanged");
                return parse.GetValue(strict) && diagnostics.HasWarningsOrErrors ? ExitCodes.InputProblems : ExitCodes.OutputFailed;
            }
            if (result.UpToDate)
                output.WriteLine($"up to date: nothing changed since the last build of {result.OutputDir} (--force rebuilds)");
            else
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Papers} papers, {result.Authors} authors, {result.Topics} topics: {result.Pages} pages, {result.Files} files ({result.Bytes / 1024} KiB) in {result.OutputDir}; wrote {result.FilesWritten} files ({result.BytesWritten / 1024} KiB), reused {result.FilesReused} unchanged"));
            if (result.BrokenLinks > 0) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.BrokenLinks} broken link(s)"));
            return DiagnosticPrinter.ExitCode(diagnostics, parse.GetValue(strict));
        });
        return command;
    }
}
