using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Text;

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
        baseUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } url && WebAddress.Http(url) is null)
                result.AddError($"--base-url must be an absolute http:// or https:// address, like https://example.org/lab (got '{url}')");
        });
        var timings = new Option<bool>("--timings") { Description = "Print wall and CPU time of each stage" };
        var force = new Option<bool>("--force") { Description = "Rebuild even if no input, theme or option changed since the last build" };
        var resetPermalinks = new Option<bool>("--reset-permalinks")
        {
            Description = "Build although input/permalinks.yml holds fewer papers than the last build published (you emptied or cut it on purpose; their addresses may change)",
        };
        var zip = new Option<FileInfo?>("--zip") { Description = "Also pack the built site into this .zip, to browse offline (search works from the unpacked folder)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only diagnostics" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every diagnostic (default: the first 20)" };

        var command = new Command("build", "Build the site from the input folder")
        {
            input, strict, theme, outputDir, baseUrl, timings, force, resetPermalinks, zip, quiet, verbose,
        };
        command.SetAction(parse =>
        {
            var inputDir = parse.GetValue(input)!;
            if (!InputFolderCheck.Exists(inputDir, error)) return ExitCodes.UsageError;
            var reporter = new BuildReporter(output, error, parse.GetValue(quiet), parse.GetValue(verbose));
            var diagnostics = new DiagnosticBag();
            var watch = Stopwatch.StartNew();
            var result = BuildPipeline.Run(new BuildOptions
            {
                InputDir = inputDir,
                ThemeDir = ThemeLocator.Resolve(parse.GetValue(theme), inputDir),
                BaseThemeDir = ThemeLocator.Installed,
                OutputDir = parse.GetValue(outputDir),
                BaseUrl = parse.GetValue(baseUrl),
                Strict = parse.GetValue(strict),
                Force = parse.GetValue(force),
                ResetPermalinks = parse.GetValue(resetPermalinks),
                OnStageStart = reporter.StageStarted,
                OnStageEnd = reporter.StageFinished,
            }, diagnostics);

            reporter.Diagnostics(diagnostics);
            if (parse.GetValue(timings))
            {
                foreach (var t in result.Timings) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Stage}: {t.Milliseconds} ms (cpu {t.CpuMilliseconds} ms)"));
                // Where memory and GC time go on big sites: the benchmark records this line.
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"gc: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused, {GC.GetTotalAllocatedBytes(precise: true) >> 20} MiB allocated"));
            }
            if (!result.Written)
            {
                error.WriteLine("build failed; the previous output (if any) is unchanged");
                return FailedBuildExitCode.Of(result, diagnostics);
            }
            reporter.Summary(result, diagnostics, watch.Elapsed);
            if (result.BrokenLinks > 0) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.BrokenLinks} broken link(s)"));

            if (parse.GetValue(zip) is { } zipFile && !SiteZipper.TryZip(result.OutputDir, zipFile.FullName, out var problem))
            {
                error.WriteLine(problem);
                return ExitCodes.OutputFailed;
            }
            return DiagnosticPrinter.ExitCode(diagnostics, parse.GetValue(strict));
        });
        return command;
    }
}
