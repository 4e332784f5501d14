using System.Collections.Concurrent;
using Scriban;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>A partial of the theme and, when its output depends on one variable only, the HTML it made for each view of that variable.</summary>
internal sealed class ThemePartial
{
    private readonly ConcurrentDictionary<string, byte[]> _rendered = new(StringComparer.Ordinal);

    public ThemePartial(Template template)
    {
        Template = template;
        if (PartialPurity.VariableRead(template) is { } name) ReadsOnly = (ScriptVariableGlobal)ScriptVariable.Create(name, ScriptVariableScope.Global);
    }

    public Template Template { get; }

    /// <summary>The one variable this partial reads, when that is all it reads.</summary>
    public ScriptVariableGlobal? ReadsOnly { get; }

    public bool TryGetRendered(string key, out byte[] html) => _rendered.TryGetValue(key, out html!);

    public void AddRendered(string key, byte[] html) => _rendered.TryAdd(key, html);
}
