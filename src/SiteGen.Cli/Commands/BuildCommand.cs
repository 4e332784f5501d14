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
        var theme = new Option<string>("--theme") { Description = "Theme folder (layouts/, partials/, assets/)", DefaultValueFactory = _ => "theme" };
        var outputDir = new Option<string?>("--output", "-o") { Description = "Output folder (default: site.yml's output, 'output' beside the input folder)" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is published at (overrides site.yml's base_url)" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage took" };

        var command = new Command("build", "Build the site from the input folder") { input, strict, theme, outputDir, baseUrl, timings };
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
            }, diagnostics);

            DiagnosticPrinter.Print(diagnostics, error);
            if (parse.GetValue(timings))
                foreach (var t in result.Timings) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Stage}: {t.Milliseconds} ms"));
            if (!result.Written)
            {
                error.WriteLine("build failed; the previous output (if any) is unchanged");
                return parse.GetValue(strict) && diagnostics.HasWarningsOrErrors ? ExitCodes.InputProblems : ExitCodes.OutputFailed;
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Papers} papers, {result.Authors} authors, {result.Topics} topics: {result.Pages} pages, {result.Files} files ({result.Bytes / 1024} KiB) in {result.OutputDir}"));
            if (result.BrokenLinks > 0) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.BrokenLinks} broken link(s)"));
            return DiagnosticPrinter.ExitCode(diagnostics, parse.GetValue(strict));
        });
        return command;
    }
}
