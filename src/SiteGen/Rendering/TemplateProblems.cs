using System.Collections.Concurrent;
using Scriban.Parsing;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// What went wrong while pages were rendered: misspelt members (warnings) and runtime errors,
/// each reported once at its template file(line,col) however many pages hit it.
/// </summary>
internal sealed class TemplateProblems
{
    private readonly ConcurrentDictionary<(SourceLocation At, string Message), DiagnosticSeverity> _seen = new();
    private int _errors;

    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    public bool IsEmpty => _seen.IsEmpty;

    public void Warning(SourceSpan span, string message) => Add(DiagnosticSeverity.Warning, At(span), message);

    public void Error(SourceSpan span, string message) => Add(DiagnosticSeverity.Error, At(span), message);

    public void Error(SourceLocation at, string message) => Add(DiagnosticSeverity.Error, at, message);

    public void ReportTo(DiagnosticBag diagnostics)
    {
        foreach (var ((at, message), severity) in _seen.OrderBy(p => p.Key.At.File, StringComparer.Ordinal)
                     .ThenBy(p => p.Key.At.Line).ThenBy(p => p.Key.At.Column))
            diagnostics.Add(new Diagnostic(severity, at, message));
    }

    /// <summary>Scriban counts lines and columns from 0; editors from 1.</summary>
    public static SourceLocation At(SourceSpan span) =>
        new(span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1);

    private void Add(DiagnosticSeverity severity, SourceLocation at, string message)
    {
        if (_seen.TryAdd((at, message), severity) && severity == DiagnosticSeverity.Error)
            Interlocked.Increment(ref _errors);
    }
}
