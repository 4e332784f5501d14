using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Output;
using SiteGen.Search;

namespace SiteGen.E2E.Support;

/// <summary>
/// A small site written to a temp folder for browser tests: the search index, the theme's search.js,
/// search.css, partials/search-box.sbn-html and layouts/search.sbn-html, and plain fixture pages around them
/// (the real page layouts are the site pipeline's job). The pages carry a strict CSP like the real site.
/// </summary>
internal sealed partial class FixtureSite : IDisposable
{
    public FixtureSite(IReadOnlyList<SearchDocument> documents, bool paperPages = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Documents = documents;
        IndexFiles = SearchIndexBuilder.Build(documents);
        foreach (var file in IndexFiles) Write(file.Path, file.Content.ToArray());
        Write("assets/search.js", File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "search.js")));
        Write("assets/search.css", File.ReadAllBytes(Path.Combine(RepoPaths.Theme, "assets", "search.css")));
        // Browsers ask every HTTP site for one; a 404 would show up as a console error.
        Write("favicon.ico", []);
        Write("index.html", Page("", "Home", "<h1>Papers</h1>"));
        // The search layout loads search.js itself (with the engine and the index entry), as on the real site.
        Write("search.html", Page("", "Search", Template("layouts/search.sbn-html", ""), searchScript: false));
        if (paperPages)
            foreach (var d in documents)
                Write(d.Url, Page("../../", d.Title, "<h1>" + WebUtility.HtmlEncode(d.Title) + "</h1>"));
    }

    public string Root { get; }

    public IReadOnlyList<SearchDocument> Documents { get; }

    public IReadOnlyList<SiteFile> IndexFiles { get; }

    public string FileUrl(string relative) => new Uri(Path.Combine(Root, relative)).AbsoluteUri;

    private static string Page(string root, string title, string content, bool searchScript = true) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'">
        <title>{WebUtility.HtmlEncode(title)}</title>
        <link rel="stylesheet" href="{root}assets/search.css">
        {(searchScript ? $"<script src=\"{root}assets/search.js\" defer></script>" : "")}
        </head>
        <body>
        <header>{Template("partials/search-box.sbn-html", root)}</header>
        <main>{content}</main>
        </body>
        </html>
        """;

    // Enough of Scriban for these two templates: comments, {{ page.root }} and {{ page.assets.search_js }}
    // (HTML-escaped like the theme's context does; the fixture's search.js is not fingerprinted).
    // Anything else the theme starts using fails here, not as a silent broken URL in the browser.
    private static string Template(string relative, string root)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Theme, relative));
        text = Comment().Replace(text, "");
        text = text.Replace("{{ page.root }}", WebUtility.HtmlEncode(root), StringComparison.Ordinal)
            .Replace("{{ page.assets.search_js }}", WebUtility.HtmlEncode(root + "assets/search.js"), StringComparison.Ordinal);
        if (text.Contains("{{", StringComparison.Ordinal))
            throw new InvalidOperationException($"{relative} uses Scriban beyond {{{{ page.root }}}}; teach FixtureSite.Template about it");
        return text;
    }

    [GeneratedRegex(@"\{\{~?##.*?##~?\}\}", RegexOptions.Singleline)]
    private static partial Regex Comment();

    private void Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    private void Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
