using System.Globalization;

namespace SiteGen.Pages;

/// <summary>
/// Where every page lives, relative to the site root. Every link points at a file
/// ("papers/x.html", never a folder) so the site works from file://, at a domain root
/// and under a sub-path alike. Papers are files, not folders with an index.html: half
/// the file-system operations per paper, which is most of the write cost of a build.
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string Search = "search.html";
    public const string People = "people.html";

    /// <summary>A member's photo, copied from input/people/.</summary>
    public static string Photo(string authorSlug, string extension) => $"people/{authorSlug}{extension}";
    public const string NotFound = "404.html";
    public const string AllPapers = "papers/index.html";
    public const string AuthorIndex = "authors/index.html";
    public const string TopicIndex = "topics/index.html";
    public const string YearIndex = "years/index.html";
    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";

    /// <summary>Year pages for papers whose year is unknown.</summary>
    public const string UndatedKey = "undated";

    public static string Paper(string slug) => $"papers/{slug}.html";

    public static string Author(string id) => $"authors/{id}.html";

    public static string Topic(string id) => $"topics/{id}.html";

    public static string Type(string key) => $"types/{key}.html";

    /// <summary>Every paper as BibTeX and as CSL-JSON (Zotero, citeproc).</summary>
    public const string AllBibtex = "papers.bib";
    public const string AllCslJson = "papers.json";

    /// <summary>The BibTeX file beside a page of papers ("authors/x.html" → "authors/x.bib"): the papers it lists.</summary>
    public static string Bibtex(string page) => page[..^".html".Length] + ".bib";

    public static string Year(int? year) => $"years/{(year?.ToString(CultureInfo.InvariantCulture) ?? UndatedKey)}.html";

    /// <summary>Page <paramref name="page"/> (1-based) of a paginated list whose first page is <paramref name="firstPage"/>.</summary>
    public static string Paginated(string firstPage, int page)
    {
        if (page <= 1) return firstPage;
        var dot = firstPage.LastIndexOf('.');
        return $"{firstPage[..dot]}.page{page.ToString(CultureInfo.InvariantCulture)}{firstPage[dot..]}";
    }

    /// <summary>The prefix that leads from the page at <paramref name="path"/> back to the site root ("", "../", "../../").</summary>
    public static string RootFrom(string path)
    {
        var depth = path.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }
}
