using System.Globalization;
using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing.Dates;
using SiteGen.Parsing.Common;

namespace SiteGen.Parsing.CslJson;

/// <summary>One CSL-JSON item → a <see cref="PaperRecord"/>.</summary>
internal static class CslItemReader
{
    public static PaperRecord? Build(JsonElement item, SourceLocation at, DiagnosticBag diagnostics)
    {
        var title = Text(item, "title");
        if (title is null)
        {
            diagnostics.Warning(at, $"CSL-JSON item {(Text(item, "id") is { } id ? $"'{id}' " : "")}has no title; skipped");
            return null;
        }
        var (authors, truncated) = item.TryGetProperty("author", out var a) ? CslNames.Read(a) : ([], false);
        var url = Identifiers.HttpUrl(Text(item, "URL"));
        var doi = Identifiers.Doi(Text(item, "DOI"));
        var type = Text(item, "type");
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        if (url is not null && url.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)) { links["pdf"] = url; url = null; }

        return new PaperRecord
        {
            Title = FieldText.Collapse(title),
            Authors = authors,
            AuthorsTruncated = truncated,
            Date = Date(item, at, diagnostics),
            Abstract = FieldText.Collapse(Text(item, "abstract") ?? ""),
            Venue = Text(item, "container-title") ?? Text(item, "event-title") ?? Text(item, "event"),
            Bibliographic = new Bibliographic
            {
                EntryType = CslTypes.ToBibtex(type),
                CitationKeys = (Text(item, "citation-key") ?? KeyLike(Text(item, "id"))) is { } key ? [key] : [],
                Doi = doi,
                ArxivId = Identifiers.ArxivFromAny(Text(item, "number"), url, Text(item, "DOI"), Text(item, "note"), Text(item, "container-title")),
                Url = url,
                Keywords = FieldText.Keywords(Text(item, "keyword")),
                Links = links,
            },
            Source = at,
            Format = ListingFormat.CslJson,
        };
    }

    /// <summary><c>issued</c> as date-parts [[y, m, d]] (numbers or numeric strings) or a <c>raw</c>/<c>literal</c> ISO date.</summary>
    private static PartialDate Date(JsonElement item, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!item.TryGetProperty("issued", out var issued) || issued.ValueKind != JsonValueKind.Object) return PartialDate.Unknown;
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

    private static string? Text(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v)) return null;
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
