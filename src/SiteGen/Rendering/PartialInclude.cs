using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// <c>{{ include "name" }}</c>: renders <c>partials/name.sbn-html</c> straight into the page.
/// Scriban's own include returns the partial as a string, which the escaping context would
/// escape a second time; this one writes where it stands. Names are looked up among the
/// partials loaded with the theme, never on disk, so no name can reach another file. A partial
/// sees the variables of the template that includes it. A partial that reads only one variable,
/// holding an <see cref="ICachedView"/>, is rendered once per view and its bytes reused.
/// </summary>
internal sealed class PartialInclude(IReadOnlyDictionary<string, ThemePartial> partials) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "partial_name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        var name = context.ObjectToString(arguments[0]) ?? "";
        if (!partials.TryGetValue(name, out var partial))
            throw new ScriptRuntimeException(span, ThemeLoader.UnknownPartial(name, partials.Keys));
        var html = (HtmlTemplateContext)context;
        html.EnterPartial(span, name);
        try
        {
            if (partial.ReadsOnly is { } variable && context.GetValue(variable) is ICachedView view) html.EvaluateOnce(partial, view.CacheKey);
            else html.Evaluate(partial.Template);
        }
        finally
        {
            html.ExitPartial();
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
