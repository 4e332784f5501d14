using System.Globalization;
using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing.Common;
using SiteGen.Parsing.Dates;

namespace SiteGen.Parsing.CslJson;

/// <summary>
/// One CSL-JSON item → a <see cref="PaperRecord"/>: the variables Zotero and citeproc tools write,
/// and what SiteGen's own export keeps in <c>custom</c> (see <see cref="Export.CslJsonWriter"/>).
/// </summary>
internal static class CslItemReader
{
    /// <summary>CSL variables read into the standard BibTeX fields ("issue" and a non-arXiv "number" are BibTeX's number).</summary>
    private static readonly (string Csl, string Bibtex)[] Variables =
    [
        ("volume", "volume"), ("page", "pages"), ("chapter-number", "chapter"), ("edition", "edition"), ("collection-title", "series"),
        ("genre", "type"), ("publisher", "publisher"), ("publisher-place", "address"), ("medium", "howpublished"), ("note", "note"),
        ("ISBN", "isbn"), ("ISSN", "issn"),
    ];

    public static PaperRecord? Build(JsonElement item, SourceLocation at, DiagnosticBag diagnostics)
    {
        var title = Text(item, "title");
        if (title is null)
        {
            diagnostics.Warning(at, $"CSL-JSON item {(Text(item, "id") is { } id ? $"'{id}' " : "")}has no title; skipped");
            return null;
        }
        var custom = item.TryGetProperty("custom", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
        var organisation = Text(custom, "organisation");
        var (authors, truncated) = item.TryGetProperty("author", out var a) ? CslNames.Read(a) : ([], false);
        // SiteGen's export writes an organisation as a literal author and names it in custom.
        if (organisation is not null) authors = authors.Where(n => n.Given.Length > 0 || n.Family != organisation).ToList();
        var (editors, editorsTruncated) = item.TryGetProperty("editor", out var e) ? CslNames.Read(e) : ([], false);
        var editorsOnly = authors.Count == 0 && editors.Count > 0 && organisation is null;
        truncated |= Flag(custom, "authors-truncated");
        editorsTruncated |= Flag(custom, "editors-truncated");

        var url = Identifiers.HttpUrl(Text(item, "URL"));
        var links = Links(custom);
        // Zotero exports a PDF's address as the item's URL.
        if (url is not null && url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && !links.ContainsKey("pdf")) { links["pdf"] = url; url = null; }
        var type = Text(item, "type");
        var number = Text(item, "number");
        var numberIsArxiv = number is not null && number.StartsWith("arxiv", StringComparison.OrdinalIgnoreCase) && Identifiers.Arxiv(number) is not null;
        var date = Date(item, at, diagnostics, out var undated);

        return new PaperRecord
        {
            Title = FieldText.Collapse(title),
            Authors = editorsOnly ? editors : authors,
            AuthorsTruncated = editorsOnly ? editorsTruncated || truncated : truncated,
            AuthorsAreEditors = editorsOnly,
            AuthorCount = Number(custom, "author-count"),
            Organisation = organisation,
            Date = date,
            Abstract = FieldText.Collapse(Text(item, "abstract") ?? ""),
            Venue = Text(item, "container-title") ?? Text(item, "event-title") ?? Text(item, "event"),
            Category = Strings(custom, "categories") is [var category, ..] ? category : null,
            HasCode = Flag(custom, "has-code") || links.ContainsKey("code"),
            Bibliographic = new Bibliographic
            {
                EntryType = Text(custom, "bibtex-type") ?? CslTypes.ToBibtex(type),
                VenueAbbreviation = Text(item, "container-title-short"),
                CitationKeys = CitationKeys(item, custom),
                Doi = Identifiers.Doi(Text(item, "DOI")),
                ArxivId = Identifiers.Arxiv(Text(custom, "arxiv"))
                    ?? Identifiers.ArxivFromAny(number, url, Text(item, "DOI"), Text(item, "note"), Text(item, "container-title")),
                Url = url,
                Editors = editorsOnly ? [] : editors,
                EditorsTruncated = !editorsOnly && editors.Count > 0 && editorsTruncated,
                OtherFields = OtherFields(item, custom, numberIsArxiv ? null : number),
                Keywords = Strings(custom, "keywords") ?? FieldText.Keywords(Text(item, "keyword")),
                Links = links,
                Selected = Flag(custom, "featured"),
            },
            Gaps = (date.IsUnknown && undated ? EntryGaps.NoDate : EntryGaps.None)
                   | (authors.Count == 0 && editors.Count == 0 && organisation is null && Number(custom, "author-count") is null ? EntryGaps.NoAuthors : EntryGaps.None),
            Source = at,
            Format = ListingFormat.CslJson,
        };
    }

    /// <summary>"citation-key" (CSL 1.0.2, Better BibTeX), else an id that looks like one; SiteGen's export marks ids it made up.</summary>
    private static IReadOnlyList<string> CitationKeys(JsonElement item, JsonElement custom)
    {
        if (custom.ValueKind == JsonValueKind.Object && custom.TryGetProperty("citation-keys", out var keys) && keys.ValueKind == JsonValueKind.Array)
            return keys.EnumerateArray().Where(k => k.ValueKind == JsonValueKind.String).Select(k => k.GetString()!).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (Text(item, "citation-key") is { } key) return [key];
        if (Flag(custom, "id-made")) return [];
        return KeyLike(Text(item, "id")) is { } id ? [id] : [];
    }

    /// <summary>A list of texts in <paramref name="o"/>, or null when it has none under that name.</summary>
    private static IReadOnlyList<string>? Strings(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList()
            : null;

    private static Dictionary<string, string> OtherFields(JsonElement item, JsonElement custom, string? number)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (csl, bibtex) in Variables)
            if (Text(item, csl) is { } value) fields[bibtex] = FieldText.Collapse(value);
        if ((Text(item, "issue") ?? number) is { } n) fields["number"] = n;
        foreach (var name in Export.CslJsonWriter.CustomFields)
            if (Text(custom, name) is { } value) fields[name] = value;
        return fields;
    }

    private static Dictionary<string, string> Links(JsonElement custom)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        if (custom.ValueKind != JsonValueKind.Object || !custom.TryGetProperty("links", out var l) || l.ValueKind != JsonValueKind.Object) return links;
        foreach (var link in l.EnumerateObject())
            if (link.Value.ValueKind == JsonValueKind.String && Identifiers.HttpUrl(link.Value.GetString()) is { } href) links[link.Name] = href;
        return links;
    }

    /// <summary><c>issued</c> as date-parts [[y, m, d]] (numbers or numeric strings) or a <c>raw</c>/<c>literal</c> ISO date; <paramref name="missing"/> when there is none.</summary>
    private static PartialDate Date(JsonElement item, SourceLocation at, DiagnosticBag diagnostics, out bool missing)
    {
        missing = !item.TryGetProperty("issued", out var issued);
        if (missing || issued.ValueKind != JsonValueKind.Object)
        {
            if (!missing) diagnostics.Warning(at, "CSL-JSON item's 'issued' date is not readable; kept undated");
            return PartialDate.Unknown;
        }
        var named = Text(item, "id") is { } id ? $"CSL-JSON item '{id}'" : "CSL-JSON item";
        if (issued.TryGetProperty("date-parts", out var dp) && dp.ValueKind == JsonValueKind.Array && dp.GetArrayLength() > 0
            && dp[0].ValueKind == JsonValueKind.Array)
        {
            var parts = dp[0].EnumerateArray().Select(Number).ToList();
            if (parts.Count > 0 && parts.All(p => p is not null) && DateParts.IsYear(parts[0]!.Value))
            {
                string? Part(int i) => parts.Count > i ? parts[i]!.Value.ToString(CultureInfo.InvariantCulture) : null;
                var date = DateParts.Check(parts[0]!.Value, Part(1), Part(2), out var problem);
                if (problem is not null)
                    diagnostics.Warning(at, $"{named}: 'issued' date-parts [{string.Join(", ", parts)}]: {problem}");
                return date;
            }
        }
        else if ((Text(issued, "raw") ?? Text(issued, "literal")) is { } raw && IsoDate.TryParse(raw, out var iso, out var problem))
        {
            if (problem is not null) diagnostics.Warning(at, $"{named}: 'issued' date '{raw}': {problem}");
            return iso;
        }
        diagnostics.Warning(at, "CSL-JSON item's 'issued' date is not readable; kept undated");
        return PartialDate.Unknown;
    }

    /// <summary>Zotero's ids are item URIs or "123/ABCD" paths, not citation keys; Better BibTeX's ids are keys.</summary>
    private static string? KeyLike(string? id) =>
        id is not null && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':' or '.') && !id.All(char.IsAsciiDigit) ? id : null;

    private static int? Number(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number when e.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(e.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static int? Number(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) ? Number(v) : null;

    private static bool Flag(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static string? Text(JsonElement o, string name)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(name, out var v)) return null;
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
