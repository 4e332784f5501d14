using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Support;

/// <summary>
/// "Every page still valid" (issue 6) for sites built from hostile input: each page is one
/// document with one heading, and nothing in it can run but the site's own script files.
/// Checked on the parsed page, so it is what a browser would see, not what the HTML looks like.
/// </summary>
internal static partial class PageValidity
{
    /// <summary>Elements every page has exactly once: a second one means input text became markup.</summary>
    private static readonly string[] SingleElements = ["html", "head", "body", "main", "h1"];

    /// <summary>Attributes that hold a URL the browser may follow or load.</summary>
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster"];

    /// <summary>Output folders of the scripts SiteGen writes: the theme's assets and the search index's entry point.</summary>
    private static readonly string[] ScriptFolders = ["assets/", "search/"];

    // The source is matched with a regex on purpose: the parser decodes "&lt;" and a raw "<"
    // alike in a title, and only the raw one could close the element early.
    [GeneratedRegex("<title>(?<text>.*?)</title>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleElement();

    public static void AssertEveryPage(TestSite site)
    {
        var parser = new HtmlParser();
        foreach (var page in site.Pages())
            AssertPage(site, page, parser);
    }

    private static void AssertPage(TestSite site, string page, HtmlParser parser)
    {
        var source = site.Read(page);
        var doc = parser.ParseDocument(source);

        foreach (var tag in SingleElements)
        {
            var count = doc.GetElementsByTagName(tag).Length;
            Assert.True(count == 1, $"{page}: {count} <{tag}> elements");
        }

        foreach (var script in doc.QuerySelectorAll("script"))
            AssertOwnScript(site, page, script);

        foreach (var element in doc.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                    $"{page}: <{element.LocalName}> has an event handler attribute '{attribute.Name}'");
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                    Assert.False(IsJavaScriptUrl(attribute.Value), $"{page}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
            }
        }

        var title = Assert.Single(TitleElement().Matches(source));
        Assert.False(title.Groups["text"].Value.Contains('<', StringComparison.Ordinal), $"{page}: raw '<' in <title>{title.Groups["text"].Value}</title>");
    }

    /// <summary>
    /// The only scripts allowed are files SiteGen wrote (by relative src under its own folders)
    /// and JSON-LD, which browsers never run; it must parse as JSON whole, or a title closed
    /// the data block and what followed it would be markup.
    /// </summary>
    private static void AssertOwnScript(TestSite site, string page, IElement script)
    {
        if (script.GetAttribute("type") == "application/ld+json")
        {
            using var json = JsonDocument.Parse(script.TextContent);
            return;
        }
        var src = script.GetAttribute("src");
        Assert.False(string.IsNullOrEmpty(src), $"{page}: inline <script>{script.TextContent}</script>");
        var output = Path.GetFullPath(site.Output) + Path.DirectorySeparatorChar;
        // 404.html links from the site root ("/assets/..."), since the host serves it at any depth.
        var target = src.StartsWith('/')
            ? Path.GetFullPath(Path.Combine(site.Output, src.TrimStart('/')))
            : Path.GetFullPath(Path.Combine(site.Output, Path.GetDirectoryName(page) ?? "", src));
        Assert.True(target.StartsWith(output, StringComparison.Ordinal) && File.Exists(target), $"{page}: script src '{src}' is not a file of the site");
        var relative = Path.GetRelativePath(site.Output, target).Replace('\\', '/');
        Assert.True(ScriptFolders.Any(f => relative.StartsWith(f, StringComparison.Ordinal)), $"{page}: script '{relative}' is not one of the site's own");
    }

    /// <summary>As a browser reads a URL: leading spaces and controls dropped, tabs and newlines anywhere ignored, scheme in any case.</summary>
    private static bool IsJavaScriptUrl(string value)
    {
        var url = new string(value.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).TrimStart(Enumerable.Range(0, 0x21).Select(c => (char)c).ToArray());
        return url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
    }
}
