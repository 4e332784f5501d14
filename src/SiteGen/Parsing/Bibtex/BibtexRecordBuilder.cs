using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing.Dates;
using SiteGen.Parsing.Common;
using SiteGen.Reading;

namespace SiteGen.Parsing.Bibtex;

/// <summary>One BibTeX entry → a <see cref="PaperRecord"/>: TeX folded to Unicode, names split, dates read.</summary>
internal static partial class BibtexRecordBuilder
{
    /// <summary>Link fields al-folio reads, kept under the same names.</summary>
    private static readonly string[] LinkFields = ["pdf", "code", "slides", "html", "poster", "video"];

    /// <summary>Where the venue is read from, best first; howpublished only when it is not just a URL.</summary>
    internal static readonly string[] VenueFields = ["journal", "journaltitle", "booktitle", "eventtitle", "school", "institution", "howpublished"];

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static PaperRecord? Build(BibtexEntry entry, SourceText text, DiagnosticBag diagnostics)
    {
        string? Raw(string name) => entry.Fields.TryGetValue(name, out var f) && f.Value.Trim().Length > 0 ? f.Value.Trim() : null;
        string? Plain(string name) => Raw(name) is { } v ? LatexText.ToUnicode(v) : null;
        string? Verbatim(string name) => Raw(name) is { } v ? LatexText.Verbatim(v) : null;

        var title = Plain("title");
        if (title is null)
        {
            diagnostics.Warning(text.At(entry.Line), $"entry '{entry.Key}' has no title; entry skipped");
            return null;
        }

        var (authors, truncated) = BibtexNames.Parse(Raw("author") ?? "");
        var (editors, editorsTruncated) = BibtexNames.Parse(Raw("editor") ?? "");
        // An edited volume names no authors: its editors are the people it credits, and stay editors in the cite box.
        var editorsOnly = authors.Count == 0 && editors.Count > 0;
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in LinkFields)
        {
            if (Verbatim(field) is not { } link) continue;
            if (Identifiers.HttpUrl(link) is { } href) links[field] = href;
            else diagnostics.Info(text.At(entry.Fields[field].Line), NotLinked(entry.Key, field, link));
        }

        var url = Verbatim("url");
        if (url is not null && Identifiers.HttpUrl(url) is null) diagnostics.Info(text.At(entry.Fields["url"].Line), NotLinked(entry.Key, "url", url));

        var venueField = VenueFields.FirstOrDefault(f => f == "howpublished" ? HowPublished(Plain(f)) is not null : Plain(f) is not null);

        var eprint = Verbatim("eprint");
        var eprintIsArxiv = (Raw("archiveprefix") ?? Raw("eprinttype"))?.Equals("arxiv", StringComparison.OrdinalIgnoreCase) ?? eprint is not null && Identifiers.Arxiv(eprint) is not null;
        var arxiv = Identifiers.Arxiv(Verbatim("arxiv"))
            ?? (eprintIsArxiv ? Identifiers.Arxiv(eprint) : null)
            ?? Identifiers.ArxivFromAny(url, Verbatim("doi"), Raw("journal"));

        var (date, undated) = Date(entry, text, diagnostics);
        return new PaperRecord
        {
            Title = title,
            Authors = editorsOnly ? editors : authors,
            AuthorsTruncated = editorsOnly ? editorsTruncated : truncated,
            AuthorsAreEditors = editorsOnly,
            Date = date,
            Abstract = Plain("abstract") ?? "",
            Venue = venueField is null ? null : Plain(venueField),
            HasCode = links.ContainsKey("code"),
            Bibliographic = new Bibliographic
            {
                EntryType = entry.Type,
                VenueAbbreviation = Plain("abbr"),
                CitationKeys = [entry.Key],
                Doi = Identifiers.Doi(Verbatim("doi")),
                ArxivId = arxiv,
                // @misc entries often give their URL as howpublished = {\url{...}}.
                Url = Identifiers.HttpUrl(url) ?? Identifiers.HttpUrl(Plain("howpublished")),
                Editors = editorsOnly ? [] : editors,
                EditorsTruncated = !editorsOnly && editors.Count > 0 && editorsTruncated,
                OtherFields = OtherFields(Plain, venueField),
                Keywords = FieldText.Keywords(Plain("keywords")),
                Links = links,
                Selected = Raw("selected") is { } s && (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("yes", StringComparison.OrdinalIgnoreCase)),
            },
            // A year that is there but unreadable was reported where it is written; one never given is a gap.
            Gaps = (undated ? EntryGaps.NoDate : EntryGaps.None) | (authors.Count == 0 && editors.Count == 0 ? EntryGaps.NoAuthors : EntryGaps.None),
            Source = text.At(entry.Line),
            Format = ListingFormat.Bibtex,
        };
    }

    /// <summary>
    /// al-folio's <c>pdf = {paper.pdf}</c> names a file under its assets/pdf/. SiteGen copies no
    /// files into the site, so such a link would be broken here: the message says how to keep it.
    /// </summary>
    private static string NotLinked(string key, string field, string link) =>
        Identifiers.HasScheme(link)
            ? $"entry '{key}': {field} '{link}' is not an http(s) URL; not linked"
            : $"entry '{key}': {field} '{link}' is a file name, not a URL: SiteGen copies no files into the site, so write the file's full http(s) URL to link it; not linked";

    /// <summary>
    /// The standard fields the cite box writes back (<see cref="Bibliographic.OtherFieldNames"/>),
    /// except the one the venue came from and a howpublished that only gives the URL: both are
    /// written from the venue and URL already.
    /// </summary>
    private static Dictionary<string, string> OtherFields(Func<string, string?> plain, string? venueField)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Bibliographic.OtherFieldNames)
        {
            if (name == venueField || plain(name) is not { Length: > 0 } value) continue;
            if (name == "howpublished" && Identifiers.HttpUrl(value) is not null) continue;
            fields[name] = value;
        }
        return fields;
    }

    /// <summary>howpublished names a venue ("Handed out at ...") unless it is just a URL.</summary>
    private static string? HowPublished(string? text) => Identifiers.HttpUrl(text) is null ? text : null;

    /// <summary>BibLaTeX <c>date</c> (ISO, a range's start) or else <c>year</c>, <c>month</c>, <c>day</c>; Missing when the entry gives neither.</summary>
    private static (PartialDate Date, bool Missing) Date(BibtexEntry entry, SourceText text, DiagnosticBag diagnostics) =>
        entry.Fields.ContainsKey("date") || entry.Fields.ContainsKey("year") ? (ReadDate(entry, text, diagnostics), false) : (PartialDate.Unknown, true);

    private static PartialDate ReadDate(BibtexEntry entry, SourceText text, DiagnosticBag diagnostics)
    {
        if (entry.Fields.TryGetValue("date", out var date))
        {
            if (IsoDate.TryParse(date.Value.Split('/')[0].Trim(), out var iso, out var problem))
            {
                if (problem is not null) diagnostics.Warning(text.At(date.Line), $"entry '{entry.Key}': date '{date.Value}': {problem}");
                return iso;
            }
            diagnostics.Warning(text.At(date.Line), $"entry '{entry.Key}': date '{date.Value}' is not YYYY[-MM[-DD]]; year/month used instead");
        }

        if (!entry.Fields.TryGetValue("year", out var yearField)) return PartialDate.Unknown;
        var digits = new string(yearField.Value.Trim().TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length != 4 || !DateParts.IsYear(int.Parse(digits, CultureInfo.InvariantCulture)))
        {
            diagnostics.Warning(text.At(yearField.Line), $"entry '{entry.Key}': year '{yearField.Value}' is not a four-digit year (0001-9999); kept undated");
            return PartialDate.Unknown;
        }
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        entry.Fields.TryGetValue("day", out var dayField);
        if (!entry.Fields.TryGetValue("month", out var monthField))
            return Checked(year, null, dayField);
        // An empty month comes from an undefined macro, already reported.
        if (monthField.Value.Trim().Length == 0) return new PartialDate(year, null, null);
        if (Month(monthField.Value) is { } month) return Checked(year, month.ToString(CultureInfo.InvariantCulture), dayField);
        diagnostics.Warning(text.At(monthField.Line), $"entry '{entry.Key}': month '{monthField.Value}' is not a month; year kept");
        return new PartialDate(year, null, null);

        PartialDate Checked(int y, string? m, BibtexField? day)
        {
            // m is null or a real month here, so a problem can only be the day's.
            var result = DateParts.Check(y, m, day?.Value, out var problem);
            if (problem is not null) diagnostics.Warning(text.At(day!.Line), $"entry '{entry.Key}': {problem}");
            return result;
        }
    }

    /// <summary>
    /// "2", "02", "feb" (expanded by the macro to "February"), "Feb.", "february"; a double issue's
    /// months ("June\slash September", "jul--aug", "Jan/Feb") give the first, when the issue appeared.
    /// </summary>
    private static int? Month(string text) =>
        SingleMonth(text) ?? (MonthRange().Split(text, 2) is [var first, _] ? SingleMonth(first) : null);

    [GeneratedRegex(@"\\slash\b\s*|\s*(?:/|--|–|-)\s*")]
    private static partial Regex MonthRange();

    private static int? SingleMonth(string text)
    {
        var t = LatexText.ToUnicode(text).Trim().TrimEnd('.').ToLowerInvariant();
        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n is >= 1 and <= 12 ? n : null;
        if (t.Length < 3) return null;
        var i = Array.FindIndex(MonthNames, m => m.StartsWith(t, StringComparison.Ordinal));
        return i < 0 ? null : i + 1;
    }
}
