using System.Globalization;
using System.Text;
using SiteGen.Citation;
using SiteGen.Model;
using SiteGen.Parsing.Names;

namespace SiteGen.Export;

/// <summary>
/// Records → a BibTeX database that <see cref="Parsing.Bibtex.BibtexParser"/> reads back to the
/// same fields: title, authors or editors (et al. as "others"), year/month (macro)/day, venue in
/// the field the entry type uses, the other standard fields (volume, pages, ...), doi, arXiv
/// eprint, url, abstract, keywords, al-folio links and selected.
/// </summary>
public static class BibtexWriter
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string Write(IEnumerable<PaperRecord> records) =>
        string.Join("\n", records.Select(Entry));

    public static string Entry(PaperRecord r)
    {
        var bib = r.Bibliographic;
        var type = bib.EntryType ?? "misc";
        var sb = new StringBuilder();
        sb.Append('@').Append(type).Append('{').Append(bib.CitationKeys.Count > 0 ? bib.CitationKeys[0] : CitationKey.For(r)).Append(",\n");
        Field(sb, "title", BibTexFormatter.Escape(r.Title));
        if (r.Authors.Count > 0 || r.AuthorsTruncated) Field(sb, r.AuthorsAreEditors ? "editor" : "author", Names(r.Authors, r.AuthorsTruncated));
        if (bib.Editors.Count > 0) Field(sb, "editor", Names(bib.Editors, bib.EditorsTruncated));
        if (r.Date.Year is { } y) Field(sb, "year", y.ToString(CultureInfo.InvariantCulture));
        // Month as the standard macro, unbraced, as BibTeX styles expect.
        if (r.Date.Month is { } m) sb.Append("  month = ").Append(Months[m - 1]).Append(",\n");
        if (r.Date.Day is { } d) Field(sb, "day", d.ToString(CultureInfo.InvariantCulture));
        var venueField = r.Venue is null ? null : BibTexFormatter.VenueField(type);
        if (r.Venue is { } venue) Field(sb, venueField!, BibTexFormatter.Escape(venue));
        foreach (var (name, value) in BibTexFormatter.OtherFields(bib, venueField)) Field(sb, name, value);
        if (bib.Doi is { } doi) Field(sb, "doi", BibTexFormatter.EscapeVerbatim(doi));
        if (bib.ArxivId is { } arxiv)
        {
            Field(sb, "eprint", arxiv);
            Field(sb, "archiveprefix", "arXiv");
        }
        if (bib.Url is { } url) Field(sb, "url", BibTexFormatter.EscapeVerbatim(url));
        if (r.Abstract.Length > 0) Field(sb, "abstract", BibTexFormatter.Escape(r.Abstract));
        if (bib.Keywords.Count > 0) Field(sb, "keywords", BibTexFormatter.Escape(string.Join(", ", bib.Keywords)));
        foreach (var (kind, href) in bib.Links.OrderBy(l => l.Key, StringComparer.Ordinal)) Field(sb, kind, BibTexFormatter.EscapeVerbatim(href));
        if (bib.Selected) Field(sb, "selected", "true");
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>
    /// "von Last, First", or "von Last, Jr, First" when the family name ends in a generational
    /// suffix: written "King Jr., Martin Luther", BibTeX (and every tool reading the entry) would
    /// take "King Jr." for the family name. A name without a given part is braced so its words
    /// stay one family name.
    /// </summary>
    public static string Name(PersonName name)
    {
        if (name.Given.Length == 0) return "{" + BibTexFormatter.Escape(name.Family) + "}";
        var (family, suffix) = GenerationalSuffix.Split(name.Family);
        return suffix is null
            ? BibTexFormatter.Escape(name.Family) + ", " + BibTexFormatter.Escape(name.Given)
            : BibTexFormatter.Escape(family) + ", " + BibTexFormatter.Escape(suffix) + ", " + BibTexFormatter.Escape(name.Given);
    }

    /// <summary>A name list: names joined by "and", a cut list ending in "others" (BibTeX's et al.).</summary>
    public static string Names(IEnumerable<PersonName> names, bool truncated) =>
        string.Join(" and ", truncated ? names.Select(Name).Append("others") : names.Select(Name));

    private static void Field(StringBuilder sb, string name, string value) =>
        sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}
