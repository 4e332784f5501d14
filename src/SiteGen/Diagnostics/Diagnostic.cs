using SiteGen.Model;

namespace SiteGen.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>A problem found in the input, kept as data so callers decide how to show it.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    /// <summary>The conventional "file(line): severity: message" form editors can jump to.</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}
