using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Model;
using SiteGen.Parsing.Names;
using SiteGen.Parsing.CslJson;

namespace SiteGen.Export;

/// <summary>
/// Records with their bibliographic fields → CSL-JSON that <see cref="CslJsonParser"/> reads
/// back: type (from the BibTeX type), citation-key, title, author, issued, container-title,
/// DOI, URL, abstract, keyword, and the arXiv id as "number" ("arXiv:2305.19638") as Zotero writes it.
/// </summary>
public static class CslJsonWriter
{
    public static void Write(IEnumerable<PaperRecord> records, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var r in records)
        {
            var bib = r.Bibliographic;
            json.WriteStartObject();
            if (bib.CitationKeys.Count > 0)
            {
                json.WriteString("id", bib.CitationKeys[0]);
                json.WriteString("citation-key", bib.CitationKeys[0]);
            }
            json.WriteString("type", CslTypes.FromBibtex(bib.EntryType));
            json.WriteString("title", r.Title);
            json.WriteStartArray("author");
            foreach (var a in r.Authors)
            {
                json.WriteStartObject();
                // "Jr." goes in CSL's suffix: left in "family", styles would sort and print it as part of the family name.
                var (family, suffix) = GenerationalSuffix.Split(a.Family);
                json.WriteString("family", family);
                if (suffix is not null) json.WriteString("suffix", suffix);
                if (a.Given.Length > 0) json.WriteString("given", a.Given);
                json.WriteEndObject();
            }
            if (r.AuthorsTruncated)
            {
                json.WriteStartObject();
                json.WriteString("literal", "others");
                json.WriteEndObject();
            }
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
            if (r.Venue is { } venue) json.WriteString("container-title", venue);
            if (bib.Doi is { } doi) json.WriteString("DOI", doi);
            if (bib.Url is { } url) json.WriteString("URL", url);
            if (bib.ArxivId is { } arxiv) json.WriteString("number", "arXiv:" + arxiv);
            if (r.Abstract.Length > 0) json.WriteString("abstract", r.Abstract);
            if (bib.Keywords.Count > 0) json.WriteString("keyword", string.Join(", ", bib.Keywords));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
