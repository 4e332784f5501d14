using Scriban;
using Scriban.Syntax;

namespace SiteGen.Rendering;

/// <summary>
/// Finds the partials whose output is a function of one variable: they read one name from the
/// including template (besides Scriban's functions and their own loop variables), assign
/// nothing, capture nothing and include nothing. Such a partial, given an
/// <see cref="ICachedView"/>, can be rendered once per view and its HTML reused.
/// </summary>
internal static class PartialPurity
{
    /// <summary>Names every template may read that are not data: Scriban's builtins and loop objects.</summary>
    private static readonly HashSet<string> NotData = [.. new TemplateContext().BuiltinObject.Keys, "for", "while", "tablerow", "empty", "this"];

    /// <returns>The one variable the partial reads, or null when its output may depend on more.</returns>
    public static string? VariableRead(Template partial)
    {
        var finder = new Reads();
        partial.Page?.Accept(finder);
        if (finder.Impure) return null;
        var free = finder.Read.Where(name => !finder.Bound.Contains(name) && !NotData.Contains(name)).ToList();
        return free.Count == 1 ? free[0] : null;
    }

    private sealed class Reads : ScriptVisitor
    {
        public HashSet<string> Read { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Bound { get; } = new(StringComparer.Ordinal);
        public bool Impure { get; private set; }

        public override void Visit(ScriptVariableGlobal node)
        {
            Read.Add(node.Name);
            base.Visit(node);
        }

        // In `item.title`, Scriban holds `title` as a variable node too: only the target is read.
        public override void Visit(ScriptMemberExpression node) => node.Target?.Accept(this);

        public override void Visit(ScriptForStatement node)
        {
            if (node.Variable is ScriptVariable variable) Bound.Add(variable.Name);
            else Impure = true;
            base.Visit(node);
        }

        public override void Visit(ScriptFunctionCall node)
        {
            // A nested include: its output is another partial's business.
            if (node.Target is ScriptVariable { Name: "include" }) Impure = true;
            base.Visit(node);
        }

        public override void Visit(ScriptVariableLocal node) => Impure = true;
        public override void Visit(ScriptAssignExpression node) => Impure = true;
        public override void Visit(ScriptIncrementDecrementExpression node) => Impure = true;
        public override void Visit(ScriptCaptureStatement node) => Impure = true;
        public override void Visit(ScriptFunction node) => Impure = true;
        public override void Visit(ScriptImportStatement node) => Impure = true;
        public override void Visit(ScriptWithStatement node) => Impure = true;
        public override void Visit(ScriptWrapStatement node) => Impure = true;
        public override void Visit(ScriptThisExpression node) => Impure = true;
    }
}
