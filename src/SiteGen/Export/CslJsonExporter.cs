using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Model;
using SiteGen.Parsing.Names;
using SiteGen.Citation;

namespace SiteGen.Export;

/// <summary>
/// Writes records as CSL-JSON (the Citation Style Language data schema) so Zotero and
/// citeproc tools can open them: id, type, title, author [{given, family, suffix}] or the
/// organisation as [{literal}], issued.date-parts, abstract, keyword.
/// </summary>
public static class CslJsonExporter
{
    public static void Write(IEnumerable<PaperRecord> records, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var ids = new HashSet<string>(StringComparer.Ordinal);
        json.WriteStartArray();
        foreach (var r in records)
        {
            json.WriteStartObject();
            json.WriteString("id", UniqueId(r, ids));
            // Listings are preprint feeds; "article" is CSL's type for an unpublished/preprint article.
            json.WriteString("type", "article");
            json.WriteString("title", r.Title);
            json.WriteStartArray("author");
            foreach (var a in r.Authors)
            {
                json.WriteStartObject();
                if (a.Given.Length > 0) json.WriteString("given", a.Given);
                // "Jr." goes in CSL's suffix: left in "family", styles would sort and print it as part of the family name.
                var (family, suffix) = GenerationalSuffix.Split(a.Family);
                json.WriteString("family", family);
                if (suffix is not null) json.WriteString("suffix", suffix);
                json.WriteEndObject();
            }
            if (r.Authors.Count == 0 && r.Organisation is { } org)
            {
                json.WriteStartObject();
                json.WriteString("literal", org);
                json.WriteEndObject();
            }
            // A list cut at "et al." is written as far as it goes: CSL-JSON has no et-al marker, and a
            // {"literal": "others"} entry is imported by Zotero as a co-author named "others". No
            // field holds the cut either ("note" is printed by some styles), so it is not written.
            // A record that only counts its authors has none to write: "author" is empty.
            json.WriteEndArray();
            var parts = r.Date.ToDateParts();
            if (parts.Count > 0)
            {
                json.WriteStartObject("issued");
                json.WriteStartArray("date-parts");
                json.WriteStartArray();
                foreach (var p in parts) json.WriteNumberValue(p);
                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            if (r.Abstract.Length > 0) json.WriteString("abstract", r.Abstract);
            if (r.Category is { } category) json.WriteString("keyword", category);
            json.WriteString("source", r.Source.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>The citation key, made unique within the export ("falck2024implicit", "falck2024implicit-2").</summary>
    private static string UniqueId(PaperRecord r, HashSet<string> used)
    {
        var baseId = CitationKey.For(r);
        var id = baseId;
        for (var n = 2; !used.Add(id); n++) id = $"{baseId}-{n}";
        return id;
    }
}
