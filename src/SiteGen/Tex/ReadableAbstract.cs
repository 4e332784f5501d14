using System.Runtime.CompilerServices;
using SiteGen.MathML;

namespace SiteGen.Tex;

/// <summary>
/// An abstract as readers see it, made once from its TeX-bearing source: <see cref="Html"/> for pages
/// (text commands as emphasis, escapes as characters, formulas as MathML) and <see cref="Text"/> for
/// every place that takes text (meta descriptions, JSON-LD, the feed, CSL and RIS exports, search),
/// with each formula as its plain form. <see cref="Unconverted"/> are the formulas shown as their source.
/// </summary>
public sealed record ReadableAbstract(string Html, string Text, IReadOnlyList<Formula> Unconverted, int Formulas)
{
    public static readonly ReadableAbstract Empty = new("", "", [], 0);

    // By string instance: every writer of one build reads the same Paper.Abstract, and the entries go
    // with the strings (a serve session's old builds do not pile up). Formulas are cached by the converter.
    private static readonly ConditionalWeakTable<string, ReadableAbstract> Made = new();

    public static ReadableAbstract Of(string source) =>
        source.Length == 0 ? Empty : Made.GetValue(source, static s => Make(s, TemmlConverter.Shared.Convert));

    internal static ReadableAbstract Make(string source, Func<string, bool, Formula> convert)
    {
        var inlines = TexProse.Read(source);
        var formulas = new Dictionary<TexFormula, Formula>();
        Formula Convert(TexFormula f)
        {
            if (!formulas.TryGetValue(f, out var formula)) formulas[f] = formula = convert(f.Tex, f.Display);
            return formula;
        }
        var html = TexHtml.Paragraph(inlines, Convert);
        var text = TexProse.PlainText(inlines, f => Convert(f).Plain);
        return new ReadableAbstract(html, text, [.. formulas.Values.Where(f => f.MathML is null)], formulas.Count);
    }
}
