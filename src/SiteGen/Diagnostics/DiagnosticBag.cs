using SiteGen.Model;

namespace SiteGen.Diagnostics;

/// <summary>Collects diagnostics from every stage. Thread-safe because stages may run files in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) return _items.ToArray(); }
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == DiagnosticSeverity.Error); }
    }

    public bool HasWarningsOrErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity >= DiagnosticSeverity.Warning); }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void Info(SourceLocation at, string message) => Add(new(DiagnosticSeverity.Info, at, message));

    public void Warning(SourceLocation at, string message) => Add(new(DiagnosticSeverity.Warning, at, message));

    public void Error(SourceLocation at, string message) => Add(new(DiagnosticSeverity.Error, at, message));
}
