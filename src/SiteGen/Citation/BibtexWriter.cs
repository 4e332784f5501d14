using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Model;
using SiteGen.Parsing.Names;
using SiteGen.Text;

namespace SiteGen.Citation;

/// <summary>What a BibTeX entry carries besides the reference itself.</summary>
public enum BibtexContent
{
    /// <summary>The cite box: what a reader pasting it needs to find the work, and the PDF.</summary>
    Reference,

    /// <summary>A database entry (export): also the abstract, keywords, every link and the highlight mark.</summary>
    Full,
}

/// <summary>
/// The one BibTeX writer: the cite box on every paper page and the BibTeX export, which
/// <see cref="Parsing.Bibtex.BibtexParser"/> reads back to the same fields. A work keeps its
/// entry type (else @misc) and citation key (else one made from author, year and title); title,
/// authors or editors (et al. as "others", an organisation braced as one name), year, month (the
/// standard macro), day, venue in the field the entry type reads it from, the other standard fields
/// (volume, pages, ...), DOI, arXiv eprint, URL. TeX's special characters are escaped; the title is
/// braced twice so styles keep its capitals.
/// </summary>
public static partial class BibtexWriter
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string Write(IEnumerable<Reference> works, BibtexContent content = BibtexContent.Full) =>
        string.Join("\n", works.Select(w => Entry(w, content) + "\n"));

    public static string Entry(Reference work, BibtexContent content = BibtexContent.Full)
    {
        var bib = work.Bibliographic;
        var type = bib.EntryType ?? "misc";
        var sb = new StringBuilder();
        sb.Append('@').Append(type).Append('{').Append(work.CitationKey).Append(",\n");
        Field(sb, "title", "{" + Escape(work.Title) + "}");
        if (work.Authors.Count == 0 && work.Organisation is { } org) Field(sb, "author", "{" + Escape(org) + "}");
        else if (work.Authors.Count > 0 || work.AuthorsTruncated) Field(sb, work.AuthorsAreEditors ? "editor" : "author", Names(work.Authors, work.AuthorsTruncated));
        if (!work.AuthorsAreEditors && bib.Editors.Count > 0) Field(sb, "editor", Names(bib.Editors, bib.EditorsTruncated));
        if (work.Date.Year is { } y) Field(sb, "year", y.ToString(CultureInfo.InvariantCulture));
        // Month as the standard macro, unbraced, as BibTeX styles expect.
        if (work.Date.Month is { } m) sb.Append("  month = ").Append(Months[m - 1]).Append(",\n");
        if (work.Date.Day is { } d) Field(sb, "day", d.ToString(CultureInfo.InvariantCulture));
        var venueField = work.Venue is null ? null : VenueField(type);
        if (work.Venue is { } venue) Field(sb, venueField!, Escape(venue));
        foreach (var (name, value) in OtherFields(bib, venueField)) Field(sb, name, value);
        if (bib.Doi is { } doi) Field(sb, "doi", EscapeVerbatim(doi));
        if (bib.ArxivId is { } arxiv)
        {
            Field(sb, "eprint", arxiv);
            Field(sb, "archiveprefix", "arXiv");
        }
        if ((bib.Url ?? work.PageUrl) is { } url) Field(sb, "url", EscapeVerbatim(url));
        if (content == BibtexContent.Full)
        {
            if (work.Abstract.Length > 0) Field(sb, "abstract", BibtexAbstract.Field(work.Abstract));
            if (work.Keywords.Count > 0) Field(sb, "keywords", Escape(string.Join(", ", work.Keywords)));
            foreach (var (kind, href) in work.Links.OrderBy(l => l.Key, StringComparer.Ordinal)) Field(sb, kind, EscapeVerbatim(href));
            if (work.Featured) Field(sb, "selected", "true");
            if (bib.VenueAbbreviation is { } abbr) Field(sb, "abbr", Escape(abbr));
        }
        else if (work.Links.TryGetValue("pdf", out var pdf)) Field(sb, "pdf", EscapeVerbatim(pdf));
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
    /// "von Last, First", or "von Last, Jr, First" when the family name ends in a generational
    /// suffix: written "King Jr., Martin Luther", BibTeX (and every tool reading the entry) would
    /// take "King Jr." for the family name. A name without a given part is braced so its words
    /// stay one family name.
    /// </summary>
    public static string Name(PersonName name)
    {
        if (name.Given.Length == 0) return "{" + Escape(name.Family) + "}";
        var (family, suffix) = GenerationalSuffix.Split(name.Family);
        return suffix is null
            ? Escape(name.Family) + ", " + Escape(name.Given)
            : Escape(family) + ", " + Escape(suffix) + ", " + Escape(name.Given);
    }

    /// <summary>A name list: names joined by "and", a cut list ending in "others" (BibTeX's et al.).</summary>
    public static string Names(IEnumerable<PersonName> names, bool truncated) =>
        string.Join(" and ", truncated ? names.Select(Name).Append("others") : names.Select(Name));

    /// <summary>
    /// The entry's other standard fields in <see cref="Bibliographic.OtherFieldNames"/> order,
    /// escaped, leaving out the one the venue is written to. Page ranges get TeX's "--" back
    /// (read as an en dash), as .bib files write them.
    /// </summary>
    private static IEnumerable<(string Name, string Value)> OtherFields(Bibliographic bib, string? venueField) =>
        Bibliographic.OtherFieldNames
            .Where(name => name != venueField && bib.OtherFields.ContainsKey(name))
            .Select(name => (name, name == "pages" ? Escape(bib.OtherFields[name]).Replace("–", "--", StringComparison.Ordinal) : Escape(bib.OtherFields[name])));

    private static void Field(StringBuilder sb, string name, string value) =>
        sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    /// <summary>
    /// URLs and DOIs are written as-is, as the url package reads them ("_" and "%" stay bare);
    /// only backslashes and braces are escaped, so the entry stays balanced.
    /// </summary>
    public static string EscapeVerbatim(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal);

    /// <summary>
    /// Escapes characters TeX treats specially; braces are escaped so they cannot unbalance the entry.
    /// An empty group breaks the ligatures TeX would make of "--", "``" and "''" so they read back as written.
    /// TeX math (<see cref="TexMath"/>) is already TeX and is kept as written, when its braces balance.
    /// </summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        var last = 0;
        if (text.Contains('$', StringComparison.Ordinal))
        {
            foreach (Match m in Math().Matches(text))
            {
                if (!Balanced(m.Value)) continue;
                EscapeText(text.AsSpan(last, m.Index - last), sb);
                sb.Append(m.Value);
                last = m.Index + m.Length;
            }
        }
        EscapeText(text.AsSpan(last), sb);
        return sb.ToString();
    }

    [GeneratedRegex(TexMath.Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Math();

    /// <summary>Braces that pair up, none escaped: BibTeX counts "\{" as a brace, the reader here does not.</summary>
    internal static bool Balanced(string math)
    {
        var depth = 0;
        for (var i = 0; i < math.Length; i++)
        {
            if (math[i] == '\\' && i + 1 < math.Length && math[i + 1] is '{' or '}') return false;
            if (math[i] == '{') depth++;
            else if (math[i] == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }

    internal static void EscapeText(ReadOnlySpan<char> text, StringBuilder sb)
    {
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
    }
}
