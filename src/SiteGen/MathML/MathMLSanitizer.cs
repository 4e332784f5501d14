using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace SiteGen.MathML;

/// <summary>
/// Rewrites a converter's MathML into what a page may carry: MathML Core elements and presentation
/// attributes only, so no script, event handler, link (<c>href</c>), id or inline style reaches the
/// page (the strict Content-Security-Policy refuses <c>style</c> attributes; a colour becomes
/// <c>mathcolor</c>). Any other element becomes an <c>mrow</c> of its children; annotations are
/// dropped. Text is re-escaped on the way out. The same walk makes the formula's plain form.
/// </summary>
internal static partial class MathMLSanitizer
{
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "math", "merror", "mfrac", "mi", "mmultiscripts", "mn", "mo", "mover", "mpadded", "mphantom", "mprescripts",
        "mroot", "mrow", "ms", "mspace", "msqrt", "mstyle", "msub", "msubsup", "msup", "mtable", "mtd", "mtext", "mtr",
        "munder", "munderover", "none", "menclose",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "display", "displaystyle", "scriptlevel", "mathvariant", "dir", "stretchy", "symmetric", "largeop", "movablelimits",
        "accent", "accentunder", "fence", "separator", "form", "lspace", "rspace", "minsize", "maxsize", "width", "height",
        "depth", "voffset", "linethickness", "columnalign", "rowalign", "columnspan", "rowspan", "columnspacing", "rowspacing",
        "columnlines", "rowlines", "frame", "framespacing", "notation", "align", "mathcolor", "mathbackground",
    };

    // Dropped with everything inside: TeX source, or markup of another language.
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "annotation", "annotation-xml" };

    [GeneratedRegex(@"^(?:#[0-9A-Fa-f]{3,8}|[A-Za-z]{1,20})$", RegexOptions.CultureInvariant)]
    private static partial Regex Colour();

    [GeneratedRegex(@"(?:^|;)\s*color\s*:\s*(?<c>[^;]+?)\s*(?:;|$)", RegexOptions.CultureInvariant)]
    private static partial Regex StyleColour();

    /// <summary>The safe MathML and the plain form, or null when the markup is not well-formed MathML.</summary>
    public static (string MathML, string Plain)? Sanitize(string markup, bool display)
    {
        XElement root;
        try
        {
            root = XElement.Parse(markup, LoadOptions.None);
        }
        catch (XmlException)
        {
            return null;
        }
        if (root.Name.LocalName != "math") return null;
        var sb = new StringBuilder(markup.Length);
        sb.Append(display ? "<math display=\"block\">" : "<math>");
        foreach (var child in root.Nodes()) Write(child, sb);
        sb.Append("</math>");
        return (sb.ToString(), FormulaPlainText.Of(root));
    }

    private static void Write(XNode node, StringBuilder sb)
    {
        switch (node)
        {
            case XText text:
                Escape(text.Value, sb);
                return;
            case XElement element:
                var name = element.Name.LocalName;
                if (Dropped.Contains(name)) return;
                if (name == "semantics")
                {
                    // Its first child is the presentation; the rest are annotations.
                    if (element.Elements().FirstOrDefault() is { } shown) Write(shown, sb);
                    return;
                }
                if (!Elements.Contains(name) || name == "math") name = "mrow";
                sb.Append('<').Append(name);
                foreach (var attribute in element.Attributes())
                {
                    var attributeName = attribute.Name.LocalName;
                    if (attribute.Name.NamespaceName.Length > 0 || !Attributes.Contains(attributeName)) continue;
                    if (attributeName is "mathcolor" or "mathbackground" && !Colour().IsMatch(attribute.Value)) continue;
                    AppendAttribute(sb, attributeName, attribute.Value);
                }
                if (element.Attribute("mathcolor") is null && element.Attribute("style")?.Value is { } style
                    && StyleColour().Match(style) is { Success: true } colour && Colour().IsMatch(colour.Groups["c"].Value))
                    AppendAttribute(sb, "mathcolor", colour.Groups["c"].Value);
                sb.Append('>');
                foreach (var child in element.Nodes()) Write(child, sb);
                sb.Append("</").Append(name).Append('>');
                return;
        }
    }

    private static void AppendAttribute(StringBuilder sb, string name, string value)
    {
        sb.Append(' ').Append(name).Append("=\"");
        Escape(value, sb);
        sb.Append('"');
    }

    private static void Escape(string text, StringBuilder sb)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
