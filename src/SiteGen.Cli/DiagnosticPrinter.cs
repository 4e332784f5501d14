using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics to stderr in "file(line): severity: message" form.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(DiagnosticBag diagnostics, TextWriter error)
    {
        foreach (var d in diagnostics.Items.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line))
            error.WriteLine(d.ToString());
    }

    /// <summary>Errors always fail; warnings fail only under --strict.</summary>
    public static int ExitCode(DiagnosticBag diagnostics, bool strict) =>
        diagnostics.Items.Any(d => d.Severity == DiagnosticSeverity.Error || (strict && d.Severity == DiagnosticSeverity.Warning))
            ? ExitCodes.InputProblems
            : ExitCodes.Success;
}
