using System.Collections;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// The one place where template output is escaped. Every value a template writes with
/// <c>{{ ... }}</c> reaches <see cref="Write(SourceSpan, object)"/>, which HTML-escapes it
/// unless it is <see cref="TrustedHtml"/> (HTML SiteGen made) or the page's content slot.
/// Template text itself (the theme's own HTML) takes another path and is copied as written.
/// One context per rendering thread, reused page after page (creating one builds Scriban's
/// whole function library).
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>
    /// Scriban's loop limit counts the iterations of nested loops together: a 100k-paper
    /// author index needs far more than its default 1,000. This bound still ends a runaway
    /// <c>while true</c> in seconds, with an error at its line, instead of a hang.
    /// </summary>
    public const int MaxLoopIterations = 50_000_000;

    /// <summary>Partials including partials: deep enough for any theme, shallow enough to stop a cycle.</summary>
    public const int MaxPartialDepth = 16;

    private readonly ScriptObject _globals = new();
    private readonly TemplateProblems _problems;
    private Template? _content;
    private bool _inContent;
    private int _partialDepth;

    private readonly Utf8Output _output;
    private readonly Utf8Output _once = new(4096);

    public HtmlTemplateContext(IReadOnlyDictionary<string, ThemePartial> partials, TemplateProblems problems, Utf8Output output)
    {
        _output = output;
        _problems = problems;
        PushCulture(CultureInfo.InvariantCulture);
        // Whitespace is the theme's: no re-indenting of included text (it would shift <pre> blocks).
        AutoIndent = false;
        // No silent truncation of a long page or value.
        LimitToString = 0;
        OutputLimit = 0;
        LoopLimit = MaxLoopIterations;
        // `a.b` where `a` is null is null, as in Handlebars and Liquid: optional parts of a view
        // (paper.publication) need no guard before each member. A misspelt `a` is still reported.
        EnableRelaxedTargetAccess = true;
        TryGetMember = MissingMember;
        TryGetVariable = MissingVariable;
        BuiltinObject.SetValue("include", new PartialInclude(partials), readOnly: true);
        PushGlobal(_globals);
        PushOutput(output);
    }

    /// <summary>Renders one page: <paramref name="baseLayout"/> around <paramref name="content"/>.</summary>
    public void Render(Template baseLayout, Template content, PageFrame page, string? modelName, object? model)
    {
        _globals.Clear();
        _globals.SetValue("site", page.Site, readOnly: true);
        _globals.SetValue("page", page, readOnly: true);
        if (modelName is not null) _globals.SetValue(modelName, model, readOnly: true);
        _content = content;
        _inContent = false;
        _partialDepth = 0;
        Evaluate(baseLayout);
    }

    /// <summary>Runs <paramref name="template"/> into the current output, its positions named after its file.</summary>
    public void Evaluate(Template template)
    {
        // The loader parses every template with its path and keeps only those without errors.
        PushSourceFile(template.SourceFilePath!);
        try
        {
            if (Evaluate(template.Page!) is { } result) Write(template.Page!.Span, result);
        }
        finally
        {
            PopSourceFile();
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html:
                return Write(html.Html);
            case PageContent:
                WriteContent(span);
                return this;
            case string text:
                WriteEscaped(text);
                return this;
            default:
                WriteEscaped(ObjectToString(textAsObject) ?? "");
                return this;
        }
    }

    /// <summary>As theme authors know from Handlebars and Liquid: "", 0 and an empty list are false.</summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        TrustedHtml h => !h.IsEmpty,
        int i => i != 0,
        long l => l != 0,
        double d => d != 0,
        ICollection c => c.Count > 0,
        _ => base.ToBool(span, value),
    };

    /// <summary>Writes what <paramref name="partial"/> made for the view <paramref name="key"/>, rendering it the first time.</summary>
    public void EvaluateOnce(ThemePartial partial, string key)
    {
        if (!partial.TryGetRendered(key, out var html))
        {
            _once.Clear();
            PushOutput(_once);
            try
            {
                Evaluate(partial.Template);
            }
            finally
            {
                PopOutput();
            }
            html = _once.ToArray();
            partial.AddRendered(key, html);
        }
        // Straight into the page's bytes; inside a capture block, as text.
        if (ReferenceEquals(Output, _output)) _output.Write(html);
        else Write(System.Text.Encoding.UTF8.GetString(html));
    }

    /// <summary>Guards partial recursion (a partial that includes itself, directly or not).</summary>
    public void EnterPartial(SourceSpan span, string name)
    {
        if (++_partialDepth > MaxPartialDepth)
            throw new ScriptRuntimeException(span, $"partials nested more than {MaxPartialDepth} deep (does '{name}' include itself?)");
    }

    public void ExitPartial() => _partialDepth--;

    private void WriteContent(SourceSpan span)
    {
        if (_inContent || _content is null)
            throw new ScriptRuntimeException(span, "page.content can be written only by layouts/base, once");
        _inContent = true;
        Evaluate(_content);
        _inContent = false;
    }

    private void WriteEscaped(string text) =>
        HtmlEscaper.Escape(text, this, static (context, s, start, count) => context.Write(s, start, count));

    private bool MissingMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        value = null!;
        var members = context.GetMemberAccessor(target).GetMembers(context, span, target);
        var hint = ClosestName(member, members) is { } near ? $"; did you mean '{near}'?" : "";
        _problems.Warning(span, $"'{member}' is not a member of {Describe(target)}{hint} (it prints nothing)");
        return false;
    }

    private bool MissingVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object value)
    {
        value = null!;
        var hint = ClosestName(variable.Name, _globals.Keys) is { } near ? $"; did you mean '{near}'?" : "";
        _problems.Warning(span, $"unknown variable '{variable.Name}'{hint} (it prints nothing)");
        return false;
    }

    private static string Describe(object target) =>
        target is ScriptObject ? "this object" : $"'{target.GetType().Name}'";

    /// <summary>The member a typo most likely meant: same letters ignoring case and '_', or one or two edits away.</summary>
    internal static string? ClosestName(string name, IEnumerable<string> names)
    {
        static string Key(string s) => s.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        var key = Key(name);
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in names)
        {
            var distance = Key(candidate) == key ? 0 : EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant(), bestDistance);
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        return best;
    }

    private static int EditDistance(string a, string b, int cap)
    {
        if (Math.Abs(a.Length - b.Length) >= cap) return cap;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return Math.Min(previous[b.Length], cap);
    }
}
