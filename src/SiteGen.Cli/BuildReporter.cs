using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using Spectre.Console;

namespace SiteGen.Cli;

/// <summary>
/// How `build` talks while it works: on a terminal, a live line per stage with its count
/// and a summary table (Spectre.Console); otherwise (CI logs, pipes) the same as plain
/// lines; with --quiet only diagnostics. Diagnostics go to stderr: all of them with
/// --verbose, else the first <see cref="DiagnosticsShown"/>.
/// </summary>
internal sealed class BuildReporter
{
    private const int DiagnosticsShown = 20;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly bool _quiet;
    private readonly bool _verbose;
    private readonly IAnsiConsole? _console;

    public BuildReporter(TextWriter output, TextWriter error, bool quiet, bool verbose)
    {
        _output = output;
        _error = error;
        _quiet = quiet;
        _verbose = verbose;
        // Only the real console is a terminal; tests and pipes get plain text.
        var interactive = !quiet && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
                          && AnsiConsole.Profile.Capabilities.Interactive;
        _console = interactive ? AnsiConsole.Console : null;
    }

    public void StageStarted(string stage)
    {
        _console?.Markup($"[grey]{Markup.Escape(stage)}…[/]\r");
    }

    public void StageFinished(StageTiming timing)
    {
        if (_quiet) return;
        var line = StageLine(timing);
        if (_console is not null)
            // Trailing spaces overwrite the longer "stage…" text the live line showed.
            _console.MarkupLine($"[green]✓[/] {Markup.Escape(line)}   ");
        else
            _output.WriteLine(line);
    }

    /// <summary>"parse         10,311 entries          408 ms": stage, what it made, wall time.</summary>
    internal static string StageLine(StageTiming timing)
    {
        var count = timing.Count is { } c ? $"{Num(c.Value)} {c.Unit}" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{timing.Stage,-13} {count,-22} {timing.Milliseconds,6} ms");
    }

    public void Diagnostics(DiagnosticBag diagnostics)
    {
        var sorted = diagnostics.Items.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ToList();
        var shown = _verbose ? sorted : sorted.Take(DiagnosticsShown).ToList();
        foreach (var d in shown) _error.WriteLine(d.ToString());
        if (shown.Count < sorted.Count)
            _error.WriteLine($"... and {sorted.Count - shown.Count} more (--verbose lists all)");
    }

    public void Summary(BuildResult result, DiagnosticBag diagnostics, TimeSpan elapsed)
    {
        if (_quiet) return;
        // Fine for browsing from disk; before publishing, the user needs to know what is missing.
        if (result.Written && !result.UpToDate && result.BaseUrl.Length == 0)
            _output.WriteLine("note: no base_url, so no sitemap.xml and no canonical links; set base_url in site.yml (or --base-url) before publishing");
        // Crawlers read robots.txt only at a host's root: under a sub-path, ours is never read.
        if (result.Written && !result.UpToDate && Uri.TryCreate(result.BaseUrl, UriKind.Absolute, out var baseUrl) && baseUrl.AbsolutePath.Trim('/').Length > 0)
            _output.WriteLine($"note: the site lives under {baseUrl.AbsolutePath.TrimEnd('/')}/, where crawlers do not read robots.txt; add \"Sitemap: {result.BaseUrl.TrimEnd('/')}/sitemap.xml\" to {baseUrl.GetLeftPart(UriPartial.Authority)}/robots.txt (docs/deploying.md)");
        var warnings = diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var errors = diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (result.UpToDate)
        {
            _output.WriteLine($"up to date: nothing changed since the last build of {result.OutputDir} (--force rebuilds)");
            return;
        }
        if (_console is not null)
        {
            var table = new Table().AddColumn("papers").AddColumn("authors").AddColumn("topics").AddColumn("pages").AddColumn("written").AddColumn("errors").AddColumn("warnings").AddColumn("time");
            table.AddRow(
                Num(result.Papers), Num(result.Authors), Num(result.Topics), Num(result.Pages),
                $"{Num(result.FilesWritten)} files, {result.BytesWritten / 1024:N0} KiB",
                errors == 0 ? "0" : $"[red]{errors}[/]",
                warnings == 0 ? "0" : $"[yellow]{warnings}[/]",
                $"{elapsed.TotalSeconds:0.00} s");
            _console.Write(table);
            _console.MarkupLine($"site in [bold]{Markup.Escape(result.OutputDir)}[/]");
            return;
        }
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Papers} papers, {result.Authors} authors, {result.Topics} topics: {result.Pages} pages ({result.PagesRendered} rendered), {result.Files} files ({result.Bytes / 1024} KiB) in {result.OutputDir}; wrote {result.FilesWritten} files ({result.BytesWritten / 1024} KiB), reused {result.FilesReused} unchanged; {(errors > 0 ? $"{errors} error(s), " : "")}{warnings} warning(s); {elapsed.TotalSeconds:0.00} s"));
    }

    private static string Num(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
