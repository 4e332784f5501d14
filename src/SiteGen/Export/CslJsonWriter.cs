using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Citation;
using SiteGen.Model;
using SiteGen.Parsing.CslJson;
using SiteGen.Parsing.Names;

namespace SiteGen.Export;

/// <summary>
/// The one CSL-JSON writer (<c>sitegen export --format csl-json</c>; Zotero and citeproc tools
/// read it, and so does <see cref="CslJsonParser"/>, to the same fields). One item per work: its
/// citation key as <c>id</c>, the CSL type of its BibTeX type, title, <c>author</c> (or
/// <c>editor</c> for an edited volume), <c>editor</c>, <c>issued</c>, venue as
/// <c>container-title</c>, DOI, URL, the standard fields under their CSL names (volume, issue or
/// number, page, chapter-number, edition, collection-title, genre, publisher, publisher-place,
/// medium, note, ISBN, ISSN), the arXiv id as <c>number</c> ("arXiv:2305.19638", as Zotero writes a
/// preprint), abstract and the keywords (a paper's topics). What CSL has no variable for goes in
/// CSL's <c>custom</c> object: links, an organisation or author count where no names are known, a
/// list cut at "et al.", further citation keys, the exact BibTeX type, organization/school/institution,
/// the source's own keywords and listing categories.
/// </summary>
public static class CslJsonWriter
{
    /// <summary>BibTeX fields with a CSL variable of their own, and its name; "number" is the issue of a periodical.</summary>
    private static readonly (string Bibtex, string Csl)[] Variables =
    [
        ("volume", "volume"), ("pages", "page"), ("chapter", "chapter-number"), ("edition", "edition"), ("series", "collection-title"),
        ("type", "genre"), ("publisher", "publisher"), ("address", "publisher-place"), ("howpublished", "medium"), ("note", "note"),
        ("isbn", "ISBN"), ("issn", "ISSN"),
    ];

    /// <summary>BibTeX fields CSL has no variable for: kept under their own names in "custom".</summary>
    public static readonly IReadOnlyList<string> CustomFields = ["organization", "school", "institution"];

    public static void Write(IEnumerable<Reference> works, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var ids = new HashSet<string>(StringComparer.Ordinal);
        json.WriteStartArray();
        foreach (var work in works) Item(json, work, ids);
        json.WriteEndArray();
    }

    private static void Item(Utf8JsonWriter json, Reference work, HashSet<string> ids)
    {
        var bib = work.Bibliographic;
        var custom = new SortedDictionary<string, object>(StringComparer.Ordinal);
        json.WriteStartObject();
        // The id is the citation key, made unique within the export ("falck2024implicit-2").
        var id = work.CitationKey;
        for (var n = 2; !ids.Add(id); n++) id = $"{work.CitationKey}-{n}";
        json.WriteString("id", id);
        if (bib.CitationKeys.Count > 0) json.WriteString("citation-key", bib.CitationKeys[0]);
        else custom["id-made"] = true;
        if (bib.CitationKeys.Count > 1) custom["citation-keys"] = bib.CitationKeys;

        var type = CslTypes.FromBibtex(bib.EntryType);
        json.WriteString("type", type);
        if (bib.EntryType is { } entryType && CslTypes.ToBibtex(type) != entryType) custom["bibtex-type"] = entryType;
        json.WriteString("title", work.Title);

        json.WriteStartArray(work.AuthorsAreEditors ? "editor" : "author");
        foreach (var a in work.Authors) Name(json, a);
        if (work.Authors.Count == 0 && work.Organisation is { } org)
        {
            json.WriteStartObject();
            json.WriteString("literal", org);
            json.WriteEndObject();
            custom["organisation"] = org;
        }
        json.WriteEndArray();
        // A {"literal": "others"} would be imported by Zotero as a co-author named "others".
        if (work.AuthorsTruncated) custom["authors-truncated"] = true;
        if (work.Authors.Count == 0 && work.AuthorCount is { } count) custom["author-count"] = count;
        if (!work.AuthorsAreEditors && bib.Editors.Count > 0)
        {
            json.WriteStartArray("editor");
            foreach (var e in bib.Editors) Name(json, e);
            json.WriteEndArray();
            if (bib.EditorsTruncated) custom["editors-truncated"] = true;
        }

        var parts = work.Date.ToDateParts();
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
        if (work.Venue is { } venue) json.WriteString("container-title", venue);
        if (bib.VenueAbbreviation is { } abbr) json.WriteString("container-title-short", abbr);
        foreach (var (bibtex, csl) in Variables)
            if (bib.OtherFields.TryGetValue(bibtex, out var value)) json.WriteString(csl, value);
        // BibTeX's number is a periodical's issue; a report's or patent's own number is CSL's number.
        var number = bib.OtherFields.GetValueOrDefault("number");
        var numberIsIssue = type is "article-journal" or "article-magazine" or "article-newspaper" or "paper-conference" or "chapter" or "book";
        if (number is not null) json.WriteString(numberIsIssue ? "issue" : "number", number);
        if (bib.ArxivId is { } arxiv)
        {
            if (number is null || numberIsIssue) json.WriteString("number", "arXiv:" + arxiv);
            else custom["arxiv"] = arxiv;
        }
        foreach (var field in CustomFields)
            if (bib.OtherFields.TryGetValue(field, out var value)) custom[field] = value;
        if (bib.Doi is { } doi) json.WriteString("DOI", doi);
        if (bib.Url is { } url) json.WriteString("URL", url);
        if (work.Abstract.Length > 0) json.WriteString("abstract", Tex.ReadableAbstract.Of(work.Abstract).Text);
        if (work.Keywords.Count > 0) json.WriteString("keyword", string.Join(", ", work.Keywords));
        // The keywords are the site's topics; the source's own (which, with the title, abstract and
        // category, make those topics) are kept apart so an import gives the same topics back.
        if (!work.Keywords.SequenceEqual(bib.Keywords, StringComparer.Ordinal)) custom["keywords"] = bib.Keywords;
        if (work.Categories.Count > 0) custom["categories"] = work.Categories;

        if (work.Links.Count > 0) custom["links"] = new SortedDictionary<string, string>(work.Links.ToDictionary(), StringComparer.Ordinal);
        if (work.Featured) custom["featured"] = true;
        if (work.HasCode) custom["has-code"] = true;
        if (custom.Count > 0)
        {
            json.WritePropertyName("custom");
            JsonSerializer.Serialize(json, custom);
        }
        json.WriteEndObject();
    }

    /// <summary>Family, given, and "Jr." in CSL's suffix: left in "family", styles would sort and print it as part of the family name.</summary>
    private static void Name(Utf8JsonWriter json, PersonName name)
    {
        json.WriteStartObject();
        var (family, suffix) = GenerationalSuffix.Split(name.Family);
        json.WriteString("family", family);
        if (name.Given.Length > 0) json.WriteString("given", name.Given);
        if (suffix is not null) json.WriteString("suffix", suffix);
        json.WriteEndObject();
    }
}
