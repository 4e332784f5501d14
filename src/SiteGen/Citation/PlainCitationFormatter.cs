using System.Globalization;
using System.Text;
using SiteGen.Model;

namespace SiteGen.Citation;

/// <summary>
/// A plain-text reference in APA's shape: "Family, G., Family, G. (2024). Title. Venue, 12(3),
/// 100–110. https://doi.org/10.1000/xyz". An edited volume's editors are marked as APA marks them
/// ("Family, G. (Ed.)."); a work with no venue names its publisher; the link is the DOI's, else the
/// arXiv id, else the work's URL (or the page's).
/// </summary>
public static class PlainCitationFormatter
{
    public static string Format(Reference work)
    {
        var sb = new StringBuilder();
        var names = work.Authors.Select(a => Initials(a)).ToList();
        if (names.Count > 0)
        {
            sb.Append(string.Join(", ", names));
            if (work.AuthorsTruncated) sb.Append(", et al.");
            if (work.AuthorsAreEditors) sb.Append(names.Count == 1 && !work.AuthorsTruncated ? " (Ed.)." : " (Eds.).");
        }
        else if (work.Organisation is { } org)
        {
            sb.Append(org);
        }
        else if (work.AuthorCount is { } n)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{n} author{(n == 1 ? "" : "s")}");
        }
        sb.Append(" (").Append(work.Date.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.").Append("). ");
        sb.Append(work.Title.TrimEnd('.')).Append('.');

        var fields = work.Bibliographic.OtherFields;
        if (work.Venue is { } venue)
        {
            sb.Append(' ').Append(venue);
            if (fields.TryGetValue("volume", out var volume)) sb.Append(", ").Append(volume);
            if (fields.TryGetValue("number", out var issue)) sb.Append(fields.ContainsKey("volume") ? "" : ", ").Append('(').Append(issue).Append(')');
            if (fields.TryGetValue("pages", out var pages)) sb.Append(", ").Append(pages);
            sb.Append('.');
        }
        else if (fields.TryGetValue("publisher", out var publisher))
        {
            sb.Append(' ').Append(publisher.TrimEnd('.')).Append('.');
        }

        var bib = work.Bibliographic;
        if (bib.Doi is { } doi) sb.Append(" https://doi.org/").Append(doi);
        else if (bib.ArxivId is { } arxiv) sb.Append(" arXiv:").Append(arxiv);
        if (bib.Doi is null && (bib.Url ?? work.PageUrl) is { } url) sb.Append(' ').Append(url);
        return sb.ToString().TrimStart();
    }

    private static string Initials(PersonName name)
    {
        if (name.Given.Length == 0) return name.Family;
        var initials = string.Join(" ", name.Given.Split(' ', '-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + "."));
        return $"{name.Family}, {initials}";
    }
}
