using System.Globalization;
using System.Text;
using SiteGen.Model;

namespace SiteGen.Citation;

/// <summary>
/// A plain-text reference in APA's shape: "Family, G., Family, G. (2024). Title. URL"; an edited
/// volume's editors are marked as APA marks them: "Family, G. (Ed.). (2024). Title."
/// </summary>
public static class PlainCitationFormatter
{
    public static string Format(Paper paper, string? url)
    {
        var sb = new StringBuilder();
        var names = paper.Authors.Select(a => Initials(a.Name)).ToList();
        if (names.Count > 0)
        {
            sb.Append(string.Join(", ", names));
            if (paper.AuthorsTruncated) sb.Append(", et al.");
            if (paper.AuthorsAreEditors) sb.Append(names.Count == 1 && !paper.AuthorsTruncated ? " (Ed.)." : " (Eds.).");
        }
        else if (paper.Organisation is { } org)
        {
            sb.Append(org);
        }
        else if (paper.AuthorCount is { } n)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{n} author{(n == 1 ? "" : "s")}");
        }
        sb.Append(" (").Append(paper.Date.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.").Append("). ");
        sb.Append(paper.Title.TrimEnd('.'));
        sb.Append('.');
        if (url is not null) sb.Append(' ').Append(url);
        return sb.ToString().TrimStart();
    }

    private static string Initials(PersonName name)
    {
        if (name.Given.Length == 0) return name.Family;
        var initials = string.Join(" ", name.Given.Split(' ', '-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + "."));
        return $"{name.Family}, {initials}";
    }
}
