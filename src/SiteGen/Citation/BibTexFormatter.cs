using System.Globalization;
using System.Text;
using SiteGen.Model;

namespace SiteGen.Citation;

/// <summary>A BibTeX entry for a paper, with TeX special characters escaped.</summary>
public static class BibTexFormatter
{
    public static string Format(Paper paper, string? url)
    {
        var sb = new StringBuilder();
        sb.Append("@misc{").Append(CitationKey.For(paper)).Append(",\n");
        Field(sb, "title", "{" + Escape(paper.Title) + "}");
        var authors = paper.Authors.Select(a => Escape(a.Name.Inverted)).ToList();
        if (paper.AuthorsTruncated && authors.Count > 0) authors.Add("others");
        if (authors.Count > 0) Field(sb, "author", string.Join(" and ", authors));
        else if (paper.Organisation is { } org) Field(sb, "author", "{" + Escape(org) + "}");
        if (paper.Date.Year is { } y) Field(sb, "year", y.ToString(CultureInfo.InvariantCulture));
        if (paper.Date.Month is { } m) Field(sb, "month", CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m).ToLowerInvariant(), braces: false);
        if (url is not null) Field(sb, "url", url);
        if (paper.Links.TryGetValue("pdf", out var pdf)) Field(sb, "eprint", pdf);
        sb.Append('}');
        return sb.ToString();
    }

    private static void Field(StringBuilder sb, string name, string value, bool braces = true)
    {
        sb.Append("  ").Append(name).Append(" = ");
        sb.Append(braces ? "{" + value + "}" : value);
        sb.Append(",\n");
    }

    /// <summary>Escapes characters TeX treats specially; braces are escaped so they cannot unbalance the entry.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\textbackslash{}"); break;
                case '{' or '}' or '&' or '%' or '$' or '#' or '_': sb.Append('\\').Append(c); break;
                case '~': sb.Append(@"\textasciitilde{}"); break;
                case '^': sb.Append(@"\textasciicircum{}"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
