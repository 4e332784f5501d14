using System.Text;
using System.Xml.Linq;

namespace SiteGen.MathML;

/// <summary>
/// A formula's plain form, read off its MathML: what text-only places show for it (search, meta
/// descriptions, the feed). Symbols are the converter's (<c>\rightarrow</c> → "→", <c>\alpha</c> → "α"),
/// styled letters are folded to plain ones (𝒪 → O), scripts are written with ^ and _, fractions with /,
/// and relations and binary operators get spaces: <c>\mathcal{O}(10^4) - \mathcal{O}(10^5)</c> → "O(10^4) − O(10^5)".
/// Accents (<c>\hat{x}</c>) keep only their base.
/// </summary>
internal static class FormulaPlainText
{
    // Operators written with a space each side when something stands on both sides of them.
    private const string Spaced = "=≠<>≤≥≈≃≅≡∼∝→←↔⇒⇐⇔⟶⟵⟹⟸↦∈∉⊂⊆⊃⊇×÷±∓+−·∘⊕⊗∪∩∧∨≪≫≔";

    public static string Of(XElement math) => Collapse(Plain(math));

    private static string Plain(XElement e)
    {
        var kids = e.Elements().ToList();
        string Kid(int i) => i < kids.Count ? Plain(kids[i]) : "";
        switch (e.Name.LocalName)
        {
            case "mi" or "mn" or "mo" or "mtext" or "ms":
                // Invisible operators (function application after "log", invisible times) are for the typesetter only.
                return string.Concat(e.Value.Normalize(NormalizationForm.FormKC).Where(c => c is < '\u2061' or > '\u2064'));
            case "annotation" or "annotation-xml" or "mphantom" or "mprescripts" or "none":
                return "";
            case "semantics":
                return Kid(0);
            case "msup":
                // x′, not x^′: a prime is written as one.
                return Kid(1) is "′" or "″" or "‴" ? Kid(0) + Kid(1) : Kid(0) + "^" + Group(Kid(1));
            case "msub":
                return Kid(0) + "_" + Group(Kid(1));
            case "msubsup":
                return Kid(0) + "_" + Group(Kid(1)) + "^" + Group(Kid(2));
            case "mover":
                return IsAccent(e, kids.ElementAtOrDefault(1)) ? Kid(0) : Kid(0) + "^" + Group(Kid(1));
            case "munder":
                return IsAccent(e, kids.ElementAtOrDefault(1)) ? Kid(0) : Kid(0) + "_" + Group(Kid(1));
            case "munderover":
                return Kid(0) + "_" + Group(Kid(1)) + "^" + Group(Kid(2));
            case "mfrac":
                return Group(Kid(0)) + "/" + Group(Kid(1));
            case "msqrt":
                return "√" + Group(Row(kids));
            case "mroot":
                return "√" + Group(Kid(0));
            case "mtable":
                return "[" + string.Join("; ", kids.Select(row => string.Join(", ", row.Elements().Select(Plain)))) + "]";
            case "mspace":
                return " ";
            default:
                return Row(kids);
        }
    }

    /// <summary>Children side by side, with spaces around the operators that have something on both sides.</summary>
    private static string Row(List<XElement> kids)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < kids.Count; i++)
        {
            var text = Plain(kids[i]);
            var spaced = kids[i].Name.LocalName == "mo" && text.Length == 1 && Spaced.Contains(text[0]) && i > 0 && i < kids.Count - 1;
            if (spaced) sb.Append(' ').Append(text).Append(' ');
            else if (text == "," && kids[i].Name.LocalName == "mo") sb.Append(", ");
            else
            {
                // "∑_(i = 1)^N x_i", not "…^Nx_i": a script's end and the next letter stay apart.
                if (i > 0 && sb.Length > 0 && char.IsLetterOrDigit(sb[^1]) && text.Length > 0 && char.IsLetterOrDigit(text[0])
                    && EndsInScript(kids[i - 1]))
                    sb.Append(' ');
                sb.Append(text);
            }
        }
        return sb.ToString();
    }

    private static bool EndsInScript(XElement e) =>
        e.Name.LocalName is "msub" or "msup" or "msubsup" or "munder" or "mover" or "munderover" or "mfrac"
        || (e.Name.LocalName == "mrow" && e.Elements().LastOrDefault() is { } last && EndsInScript(last));

    /// <summary>An over- or underscript that is one operator character (a hat, an arrow, a bar) is an accent.</summary>
    private static bool IsAccent(XElement e, XElement? script) =>
        (string?)e.Attribute("accent") == "true" || (string?)e.Attribute("accentunder") == "true"
        || script is { Name.LocalName: "mo" } && script.Value.Length == 1;

    /// <summary>A script or fraction part of more than one letter-or-digit run is bracketed: x^(i+1), (a+b)/2.</summary>
    private static string Group(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 1 || trimmed.All(char.IsLetterOrDigit) || (trimmed[0] == '(' && trimmed[^1] == ')') ? trimmed : "(" + trimmed + ")";
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (space && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(space ? ' ' : c);
        }
        return sb.ToString().TrimEnd();
    }
}
