using System.Globalization;
using System.Text;
using SiteGen.Export;
using SiteGen.Model;

namespace SiteGen.Citation;

/// <summary>
/// A BibTeX entry for a paper, with TeX special characters escaped. A paper imported from a
/// bibliography keeps its entry type and citation key and gets its editors, venue, the other
/// standard fields it gave (volume, pages, publisher, ...), DOI and arXiv fields; listing
/// papers are @misc with a generated key.
/// </summary>
public static class BibTexFormatter
{
    public static string Format(Paper paper, string? url)
    {
        var sb = new StringBuilder();
        var bib = paper.Bibliographic;
        var type = bib.EntryType ?? "misc";
        sb.Append('@').Append(type).Append('{').Append(bib.CitationKeys.Count > 0 ? bib.CitationKeys[0] : CitationKey.For(paper)).Append(",\n");
        Field(sb, "title", "{" + Escape(paper.Title) + "}");
        if (paper.Authors.Count > 0)
            Field(sb, paper.AuthorsAreEditors ? "editor" : "author", BibtexWriter.Names(paper.Authors.Select(a => a.Name), paper.AuthorsTruncated));
        else if (paper.Organisation is { } org) Field(sb, "author", "{" + Escape(org) + "}");
        if (!paper.AuthorsAreEditors && bib.Editors.Count > 0) Field(sb, "editor", BibtexWriter.Names(bib.Editors, bib.EditorsTruncated));
        if (paper.Date.Year is { } y) Field(sb, "year", y.ToString(CultureInfo.InvariantCulture));
        if (paper.Date.Month is { } m) Field(sb, "month", CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m).ToLowerInvariant(), braces: false);
        if (paper.Date.Day is { } d) Field(sb, "day", d.ToString(CultureInfo.InvariantCulture));
        var venueField = paper.Venue is null ? null : VenueField(type);
        if (paper.Venue is { } venue) Field(sb, venueField!, Escape(venue));
        foreach (var (name, value) in OtherFields(bib, venueField)) Field(sb, name, value);
        if (bib.Doi is { } doi) Field(sb, "doi", EscapeVerbatim(doi));
        if (bib.ArxivId is { } arxiv)
        {
            Field(sb, "eprint", arxiv);
            Field(sb, "archiveprefix", "arXiv");
        }
        if ((bib.Url ?? url) is { } link) Field(sb, "url", EscapeVerbatim(link));
        if (paper.Links.TryGetValue("pdf", out var pdf)) Field(sb, "pdf", EscapeVerbatim(pdf));
        sb.Append('}');
        return sb.ToString();
    }

    /// <summary>The field BibTeX's standard styles read the venue from, by entry type.</summary>
    public static string VenueField(string entryType) => entryType switch
    {
        "inproceedings" or "conference" or "incollection" or "inbook" => "booktitle",
        "phdthesis" or "mastersthesis" or "thesis" => "school",
        "techreport" or "report" => "institution",
        "book" or "misc" or "unpublished" or "online" => "howpublished",
        _ => "journal",
    };

    /// <summary>
    /// The entry's other standard fields in <see cref="Bibliographic.OtherFieldNames"/> order,
    /// escaped, leaving out the one the venue is written to. Page ranges get TeX's "--" back
    /// (read as an en dash), as .bib files write them.
    /// </summary>
    public static IEnumerable<(string Name, string Value)> OtherFields(Bibliographic bib, string? venueField) =>
        Bibliographic.OtherFieldNames
            .Where(name => name != venueField && bib.OtherFields.ContainsKey(name))
            .Select(name => (name, name == "pages" ? Escape(bib.OtherFields[name]).Replace("–", "--", StringComparison.Ordinal) : Escape(bib.OtherFields[name])));

    private static void Field(StringBuilder sb, string name, string value, bool braces = true)
    {
        sb.Append("  ").Append(name).Append(" = ");
        sb.Append(braces ? "{" + value + "}" : value);
        sb.Append(",\n");
    }

    /// <summary>
    /// URLs and DOIs are written as-is, as the url package reads them ("_" and "%" stay bare);
    /// only backslashes and braces are escaped, so the entry stays balanced.
    /// </summary>
    public static string EscapeVerbatim(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal);

    /// <summary>
    /// Escapes characters TeX treats specially; braces are escaped so they cannot unbalance the entry.
    /// An empty group breaks the ligatures TeX would make of "--", "``" and "''" so they read back as written.
    /// </summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '-' or '`' or '\'' && i + 1 < text.Length && text[i + 1] == c)
            {
                sb.Append(c).Append("{}");
                continue;
            }
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
