using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Checking;

/// <summary>What <see cref="OutputChecker.Check"/> found: broken pages, and paper pages Google Scholar will not index.</summary>
public sealed record SiteCheck(int Problems, int NotIndexable);

/// <summary>
/// Checks a site already on disk, as `sitegen check` does in a group's CI: every internal
/// link and anchor, and on every paper page the metadata Google Scholar needs (citation_title,
/// a valid JSON-LD block), and what it takes to be indexed at all: Scholar skips a page that
/// names no author (citation_author: a person, never an organisation or a count) or no date.
/// Those are reported as infos naming the fix, for `--strict` to fail on.
/// </summary>
public static class OutputChecker
{
    public static SiteCheck Check(string outputDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(outputDir))
        {
            diagnostics.Error(new SourceLocation(outputDir, 0), "no site here to check (build it first)");
            return new SiteCheck(1, 0);
        }
        var notIndexable = 0;
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
            var named = doc.QuerySelector("meta[name='citation_author']") is not null;
            if (!named && doc.QuerySelector(".authors-note") is null)
                Problem("paper page names no citation_author");
            var dated = doc.QuerySelector("meta[name='citation_publication_date']") is not null;
            if (!named || !dated)
            {
                notIndexable++;
                var missing = (named, dated) switch { (false, false) => "no author and no date", (false, _) => "no author", _ => "no date" };
                var fix = (named, dated) switch { (false, false) => "authors: and date:", (false, _) => "authors:", _ => "date:" };
                var slug = Path.GetFileNameWithoutExtension(page.Path);
                diagnostics.Info(at, $"Google Scholar will not index this paper: it has {missing} (citation_author names people only); set {fix} in input/papers/{slug}.md");
            }
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
        return new SiteCheck(problems, notIndexable);
    }
}
