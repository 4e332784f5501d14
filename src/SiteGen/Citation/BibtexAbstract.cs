using System.Text;
using SiteGen.Tex;

namespace SiteGen.Citation;

/// <summary>
/// An abstract as a BibTeX field keeps its TeX: read by <see cref="TexProse"/>, its text is escaped
/// ("100\%" stays "100\%", where escaping the source would print "100\textbackslash{}\%"), text commands
/// are written as commands (<c>\emph{x}</c>, <c>{\em x}</c>), formulas as written when their braces balance,
/// and addresses as <c>\url</c> or <c>\href</c>.
/// </summary>
internal static class BibtexAbstract
{
    public static string Field(string abstractText)
    {
        var sb = new StringBuilder(abstractText.Length + 16);
        Append(TexProse.Read(abstractText), sb);
        return sb.ToString();
    }

    private static void Append(IReadOnlyList<TexInline> inlines, StringBuilder sb)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TexText t:
                    // Escaping makes no tie or thin space of its own: the ones left are TeX's "~" and "\,".
                    var start = sb.Length;
                    BibtexWriter.EscapeText(t.Text, sb);
                    sb.Replace("\u00A0", "~", start, sb.Length - start).Replace("\u202F", @"\,", start, sb.Length - start);
                    break;
                case TexStyled { IsSwitch: true } s:
                    sb.Append("{\\").Append(s.Command).Append(' ');
                    Append(s.Content, sb);
                    sb.Append('}');
                    break;
                case TexStyled s:
                    sb.Append('\\').Append(s.Command).Append('{');
                    Append(s.Content, sb);
                    sb.Append('}');
                    break;
                case TexFormula f:
                    if (BibtexWriter.Balanced(f.Source)) sb.Append(f.Source.ReplaceLineEndings(" "));
                    else BibtexWriter.EscapeText(f.Source, sb);
                    break;
                case TexLink { Text.Count: 0 } l:
                    sb.Append(@"\url{").Append(BibtexWriter.EscapeVerbatim(l.Url)).Append('}');
                    break;
                case TexLink l:
                    sb.Append(@"\href{").Append(BibtexWriter.EscapeVerbatim(l.Url)).Append("}{");
                    Append(l.Text, sb);
                    sb.Append('}');
                    break;
            }
        }
    }
}
