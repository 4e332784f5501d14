using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Checking;

/// <summary>
/// Checks a site already on disk, as `sitegen check` does in a group's CI: every internal
/// link and anchor, and on every paper page the metadata Google Scholar needs
/// (citation_title, citation_author or an organisation, a valid JSON-LD block).
/// </summary>
public static class OutputChecker
{
    public static int Check(string outputDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(outputDir))
        {
            diagnostics.Error(new SourceLocation(outputDir, 0), "no site here to check (build it first)");
            return 1;
        }
        var files = Directory.EnumerateFiles(outputDir, "*", SearchOption.AllDirectories)
            .Select(f => new SiteFile(Path.GetRelativePath(outputDir, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToList();
        var problems = LinkChecker.Check(files, diagnostics);

        var parser = new HtmlParser();
        foreach (var page in files.Where(f => f.Path.StartsWith("papers/", StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Path.Count(c => c == '/') == 1 && !f.Path.StartsWith("papers/index", StringComparison.Ordinal)))
        {
            var doc = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(page.Content.Span));
            if (doc.QuerySelector("meta[http-equiv='refresh']") is not null) continue; // a redirect from an old URL
            var at = new SourceLocation(page.Path, 0);
            void Problem(string message)
            {
                problems++;
                diagnostics.Warning(at, message);
            }

            if (string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name='citation_title']")?.GetAttribute("content")))
                Problem("paper page has no citation_title meta tag");
            if (doc.QuerySelector("meta[name='citation_author']") is null && doc.QuerySelector(".authors-note") is null)
                Problem("paper page names no citation_author");
            if (doc.QuerySelector("script[type='application/ld+json']") is { } jsonLd)
            {
                try
                {
                    using var json = JsonDocument.Parse(jsonLd.TextContent);
                }
                catch (JsonException ex)
                {
                    Problem($"JSON-LD does not parse: {ex.Message}");
                }
            }
        }
        return problems;
    }
}
