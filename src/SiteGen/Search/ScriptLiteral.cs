using System.Globalization;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Writes data as JavaScript literals (a JSON subset) that stay inert inside a classic script:
/// besides JSON's own escapes, '&lt;', '&gt;' and '&amp;' become \u escapes so no title can close a
/// &lt;script&gt; element or open a comment, and U+2028/U+2029 are escaped for old parsers.
/// Non-ASCII letters are written as themselves (UTF-8) to keep the index small.
/// </summary>
internal static class ScriptLiteral
{
    public static void String(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029':
                    Unicode(sb, c);
                    break;
                default:
                    if (c < ' ' || char.IsSurrogate(c)) Unicode(sb, c);
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    public static void Number(StringBuilder sb, long value) => sb.Append(value.ToString(CultureInfo.InvariantCulture));

    public static void StringArray(StringBuilder sb, IEnumerable<string> values)
    {
        sb.Append('[');
        var first = true;
        foreach (var v in values)
        {
            if (!first) sb.Append(',');
            String(sb, v);
            first = false;
        }
        sb.Append(']');
    }

    /// <summary>A whole index file: one call that hands its data to engine.js.</summary>
    public static string LoadCall(string path, string dataLiteral) =>
        $"SiteGenSearch.load(\"{path}\",{dataLiteral});\n";

    // Surrogates are escaped too: a lone one would not survive UTF-8, an escaped pair decodes intact.
    private static void Unicode(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
}
