using System.Text;
using SiteGen.MathML;
using SiteGen.Rendering;

namespace SiteGen.Tex;

/// <summary>
/// <see cref="TexInline"/>s as one HTML paragraph: text escaped, styles as <c>em</c>, <c>strong</c> and
/// <c>code</c>, links as http(s) anchors, formulas as their sanitised MathML (no style attribute, no
/// script: it works from file:// under the strict Content-Security-Policy) or, where the converter
/// failed, as their TeX source in plain text.
/// </summary>
internal static class TexHtml
{
    public static string Paragraph(IReadOnlyList<TexInline> inlines, Func<TexFormula, Formula> formula)
    {
        var sb = new StringBuilder();
        sb.Append("<p>");
        Append(inlines, formula, sb);
        sb.Append("</p>\n");
        return sb.ToString();
    }

    private static void Append(IReadOnlyList<TexInline> inlines, Func<TexFormula, Formula> formula, StringBuilder sb)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TexText t:
                    sb.Append(HtmlEscaper.Escape(t.Text));
                    break;
                case TexStyled s:
                    var tag = s.Style switch { TexStyle.Italic => "em", TexStyle.Bold => "strong", TexStyle.Code => "code", _ => null };
                    if (tag is not null) sb.Append('<').Append(tag).Append('>');
                    Append(s.Content, formula, sb);
                    if (tag is not null) sb.Append("</").Append(tag).Append('>');
                    break;
                case TexFormula f:
                    var converted = formula(f);
                    sb.Append(converted.MathML ?? HtmlEscaper.Escape(f.Source));
                    break;
                case TexLink l:
                    sb.Append("<a href=\"").Append(HtmlEscaper.Escape(l.Url)).Append("\">");
                    if (l.Text.Count > 0) Append(l.Text, formula, sb);
                    else sb.Append(HtmlEscaper.Escape(l.Url));
                    sb.Append("</a>");
                    break;
            }
        }
    }
}
