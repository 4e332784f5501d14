using System.Globalization;
using System.Text.Json;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Pages;

/// <summary>
/// Machine-readable metadata of a paper page: Highwire Press citation_* tags (what Google
/// Scholar indexes), Open Graph, and schema.org ScholarlyArticle JSON-LD.
/// </summary>
public static class PaperMetadata
{
    public static IReadOnlyList<MetaTag> Tags(Paper paper, Catalog catalog, SiteContext site, string path)
    {
        var tags = new List<MetaTag> { new("citation_title", null, paper.Title) };
        // An edited volume's editors stay citation_author: Highwire has no editor tag, and Scholar
        // indexes no page without a name. Only people: an organisation credited in their place
        // ("UCSC-VLAA") or a count ("5 authors") is no author, and Scholar would index it as one
        // (`sitegen check` lists such papers, to be completed in input/papers/<slug>.md).
        foreach (var credit in paper.Authors)
            tags.Add(new("citation_author", null, catalog.Authors[credit.AuthorId].Name.Inverted));
        if (paper.Date.Year is { } y)
            tags.Add(new("citation_publication_date", null, ScholarDate(paper.Date, y)));
        if (paper.Venue is { } venue)
            tags.Add(new(VenueTag(paper.Bibliographic.EntryType), null, venue));
        tags.AddRange(Details(paper.Bibliographic));
        if (paper.Bibliographic.Doi is { } doi) tags.Add(new("citation_doi", null, doi));
        if (paper.Bibliographic.ArxivId is { } arxiv) tags.Add(new("citation_arxiv_id", null, arxiv));
        if (paper.Links.TryGetValue("pdf", out var pdf) && Uri.TryCreate(pdf, UriKind.Absolute, out _))
            tags.Add(new("citation_pdf_url", null, pdf));
        if (site.Absolute(path) is { } url)
        {
            tags.Add(new("citation_abstract_html_url", null, url));
            tags.Add(new(null, "og:url", url));
        }
        tags.Add(new(null, "og:type", "article"));
        tags.Add(new(null, "og:title", paper.Title));
        tags.Add(new(null, "og:site_name", site.Config.Title));
        tags.Add(new(null, "og:description", Description(paper, catalog)));
        if (paper.Date.Year is not null) tags.Add(new(null, "article:published_time", paper.Date.ToIso()));
        return tags;
    }

    /// <summary>Highwire's tag for where the paper appeared, by entry type.</summary>
    private static string VenueTag(string? entryType) => entryType switch
    {
        "article" or "periodical" => "citation_journal_title",
        "phdthesis" or "mastersthesis" or "thesis" => "citation_dissertation_institution",
        "techreport" or "report" => "citation_technical_report_institution",
        "incollection" or "inbook" or "book" => "citation_inbook_title",
        _ => "citation_conference_title",
    };

    /// <summary>Volume, issue, first and last page, publisher, ISBN and ISSN as Highwire tags.</summary>
    private static IEnumerable<MetaTag> Details(Bibliographic bib)
    {
        var fields = bib.OtherFields;
        if (fields.TryGetValue("volume", out var volume)) yield return new("citation_volume", null, volume);
        if (fields.TryGetValue("number", out var number))
            yield return new(bib.EntryType is "techreport" or "report" ? "citation_technical_report_number" : "citation_issue", null, number);
        if (fields.TryGetValue("pages", out var pages))
        {
            var range = pages.Split(['–', '-'], 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (range.Length > 0) yield return new("citation_firstpage", null, range[0]);
            if (range.Length > 1) yield return new("citation_lastpage", null, range[1].TrimStart('-', '–'));
        }
        if (fields.TryGetValue("publisher", out var publisher)) yield return new("citation_publisher", null, publisher);
        if (fields.TryGetValue("isbn", out var isbn)) yield return new("citation_isbn", null, isbn);
        if (fields.TryGetValue("issn", out var issn)) yield return new("citation_issn", null, issn);
    }

    /// <summary>schema.org ScholarlyArticle. The default JSON encoder escapes &lt; &gt; &amp;, so the result is inert inside a script element.</summary>
    public static string JsonLd(Paper paper, Catalog catalog, SiteContext site, string path)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "ScholarlyArticle");
            json.WriteString("headline", paper.Title.Length > 110 ? paper.Title[..110] : paper.Title);
            json.WriteString("name", paper.Title);
            // A summary, not the whole abstract: the page shows the abstract already, and
            // repeating it in every page's head doubled page weight for no reader.
            if (paper.Abstract.Length > 0) json.WriteString("description", Summary(Tex.ReadableAbstract.Of(paper.Abstract).Text));
            if (paper.Date.Year is not null) json.WriteString("datePublished", paper.Date.ToIso());
            // An edited volume's people are its editors (schema.org has a property for them). Only
            // people: an organisation a daily page credits in their place is the source organisation.
            if (paper.Authors.Count > 0)
            {
                json.WriteStartArray(paper.AuthorsAreEditors ? "editor" : "author");
                foreach (var credit in paper.Authors)
                {
                    var name = catalog.Authors[credit.AuthorId].Name;
                    json.WriteStartObject();
                    json.WriteString("@type", "Person");
                    json.WriteString("name", name.Display);
                    if (name.Given.Length > 0) json.WriteString("givenName", name.Given);
                    json.WriteString("familyName", name.Family);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            else if (paper.Organisation is { } org)
            {
                json.WriteStartObject("sourceOrganization");
                json.WriteString("@type", "Organization");
                json.WriteString("name", org);
                json.WriteEndObject();
            }
            var keywords = paper.TopicIds.Select(id => catalog.Topics[id].Name).ToList();
            if (keywords.Count > 0) json.WriteString("keywords", string.Join(", ", keywords));
            if (site.Absolute(path) is { } url) json.WriteString("url", url);
            if (paper.Links.TryGetValue("pdf", out var pdf)) json.WriteString("encoding", pdf);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The page's meta description: the abstract's start, or who wrote the paper and when where there is no abstract.</summary>
    public static string Description(Paper paper, Catalog catalog)
    {
        if (paper.Abstract.Length > 0) return Summary(Tex.ReadableAbstract.Of(paper.Abstract).Text);
        var people = paper.Authors.Take(3).Select(a => catalog.Authors[a.AuthorId].Name.Display).ToList();
        var by = people.Count > 0 ? " by " + string.Join(", ", people) + (paper.Authors.Count > 3 || paper.AuthorsTruncated ? " et al." : "")
            : paper.Organisation is { } org ? " from " + org : "";
        var year = paper.Date.Year is { } y ? string.Create(CultureInfo.InvariantCulture, $" ({y})") : "";
        var venue = paper.Venue is { } v ? ", " + v : "";
        return Summary($"{paper.Title}{by}{year}{venue}.");
    }

    public static string Summary(string text, int max = 200)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)] + "…";
    }

    private static string ScholarDate(PartialDate date, int year)
    {
        var s = year.ToString("D4", CultureInfo.InvariantCulture);
        if (date.Month is { } m) s += "/" + m.ToString("D2", CultureInfo.InvariantCulture);
        if (date.Month is not null && date.Day is { } d) s += "/" + d.ToString("D2", CultureInfo.InvariantCulture);
        return s;
    }
}
