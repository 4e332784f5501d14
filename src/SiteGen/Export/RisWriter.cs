using System.Globalization;
using System.Text;
using SiteGen.Citation;
using SiteGen.Model;
using SiteGen.Parsing.Names;
using SiteGen.Parsing.Ris;

namespace SiteGen.Export;

/// <summary>
/// Works → RIS that <see cref="RisParser"/> reads back: TY, TI, AU ("Family, Given[, Suffix]"), PY, DA,
/// JO/T2 (venue), DO, UR, L1 (pdf), AB, KW, ID. RIS has no field for an arXiv id or al-folio extras.
/// </summary>
public static class RisWriter
{
    public static string Write(IEnumerable<Reference> works)
    {
        var sb = new StringBuilder();
        foreach (var r in works)
        {
            var bib = r.Bibliographic;
            Tag(sb, "TY", RisTypes.FromBibtex(bib.EntryType));
            Tag(sb, "TI", r.Title);
            foreach (var a in r.Authors) Tag(sb, "AU", Name(a));
            if (r.AuthorsTruncated) Tag(sb, "AU", "others");
            if (r.Date.Year is { } y)
            {
                Tag(sb, "PY", y.ToString("D4", CultureInfo.InvariantCulture));
                if (r.Date.Month is not null)
                    Tag(sb, "DA", string.Join('/', r.Date.ToDateParts().Select(p => p.ToString(p > 31 ? "D4" : "D2", CultureInfo.InvariantCulture))) + "/");
            }
            if (r.Venue is { } venue) Tag(sb, bib.VenueIsJournal ? "JO" : "T2", venue);
            if (bib.Doi is { } doi) Tag(sb, "DO", doi);
            if (bib.Url is { } url) Tag(sb, "UR", url);
            if (r.Links.TryGetValue("pdf", out var pdf)) Tag(sb, "L1", pdf);
            if (r.Abstract.Length > 0) Tag(sb, "AB", Tex.ReadableAbstract.Of(r.Abstract).Text);
            foreach (var k in r.Keywords) Tag(sb, "KW", k);
            if (bib.CitationKeys.Count > 0) Tag(sb, "ID", bib.CitationKeys[0]);
            sb.Append("ER  - \n\n");
        }
        return sb.ToString();
    }

    /// <summary>
    /// "Family, Given", or RIS's "Family, Given, Suffix" for "King Jr." (so the suffix is not read
    /// as part of the family name by other tools). The trailing comma of a one-part name keeps it
    /// from being split into given and family.
    /// </summary>
    private static string Name(PersonName a)
    {
        if (a.Given.Length == 0) return a.Family + ",";
        var (family, suffix) = GenerationalSuffix.Split(a.Family);
        return suffix is null ? $"{a.Family}, {a.Given}" : $"{family}, {a.Given}, {suffix}";
    }

    private static void Tag(StringBuilder sb, string tag, string value) =>
        sb.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append('\n');
}
