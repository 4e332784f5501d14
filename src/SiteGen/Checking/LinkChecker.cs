using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Checking;

/// <summary>
/// Checks that each internal link (href/src) of every generated HTML page points at a file
/// of the site and, with a #fragment, at an element id there. Pages are added as they are
/// made, from any thread, and dropped once scanned: what is kept is each page's ids and the
/// distinct link targets, so a 100k-paper site is checked without holding its pages.
/// </summary>
public sealed class LinkChecker
{
    private readonly record struct Target(string Path, string Fragment);

    /// <summary>The first page (in path order) that links to a target, with the URL it wrote, and how many pages name it.</summary>
    private sealed class Referrer(string page, string url)
    {
        public string Page = page;
        public string Url = url;
        public int Count;

        /// <summary>Counts one more page; keeps the first in path order, so reports do not depend on threads.</summary>
        public void Add(string page, string url)
        {
            Interlocked.Increment(ref Count);
            if (string.CompareOrdinal(page, Volatile.Read(ref Page)) >= 0) return;
            lock (this)
            {
                if (string.CompareOrdinal(page, Page) < 0) (Page, Url) = (page, url);
            }
        }
    }

    [ThreadStatic] private static HashSet<string>? t_seen;

    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _idNames = new(StringComparer.Ordinal);

    // Pages in one folder share most of their links (assets, navigation, authors), so each
    // (folder, URL) pair is resolved once.
    private readonly ConcurrentDictionary<(string Folder, string Url), Target> _resolved = new();
    private readonly ConcurrentDictionary<Target, Referrer> _wanted = new();

    /// <summary>Checks a whole site at once (as `sitegen check` does on a folder read from disk).</summary>
    public static int Check(IEnumerable<SiteFile> files, DiagnosticBag diagnostics)
    {
        var checker = new LinkChecker();
        Parallel.ForEach(files, checker.Add);
        return checker.Report(diagnostics);
    }

    /// <summary>Records a file of the site; an HTML page is scanned for ids and links. Thread-safe.</summary>
    public void Add(SiteFile file)
    {
        _files.TryAdd(file.Path, 0);
        // A page the last build made from the same key (PageKeys): its links are the ones that build
        // checked, and their targets follow from its key. Its ids are not known: links into it are not refused.
        if (file.Reused is not null) return;
        // The 404 page is served at any depth, so its links are root-absolute: nothing to resolve.
        if (!file.Path.EndsWith(".html", StringComparison.Ordinal) || file.Path == "404.html") return;

        var page = HtmlLinkScanner.Scan(file.Content.Span);
        _ids[file.Path] = [.. page.Ids.Select(id => _idNames.GetOrAdd(id, id))];
        var folder = file.Path[..(file.Path.LastIndexOf('/') + 1)];
        // Each URL once per page: pages repeat links (navigation, an author on every item).
        var seen = t_seen ??= new HashSet<string>(StringComparer.Ordinal);
        seen.Clear();
        foreach (var url in page.Links)
        {
            if (!seen.Add(url) || IsExternal(url)) continue;
            var target = url.StartsWith('#')
                ? new Target(file.Path, Uri.UnescapeDataString(url[1..]))
                : _resolved.GetOrAdd((folder, url), static key => Split(key.Folder, key.Url));
            _wanted.GetOrAdd(target, static (_, first) => new Referrer(first.Page, first.Url), (Page: file.Path, Url: url)).Add(file.Path, url);
        }
    }

    /// <summary>Reports each broken target once, at the first page linking to it; returns how many there are.</summary>
    public int Report(DiagnosticBag diagnostics)
    {
        var broken = new List<(Referrer Referrer, string Problem)>();
        foreach (var (target, referrer) in _wanted)
        {
            string? problem = null;
            if (!_files.ContainsKey(target.Path)) problem = "no such file in the site";
            else if (target.Fragment.Length > 0 && _ids.TryGetValue(target.Path, out var ids) && !ids.Contains(target.Fragment))
                problem = $"no element with id '{target.Fragment}' there";
            if (problem is not null) broken.Add((referrer, problem));
        }
        foreach (var (referrer, problem) in broken.OrderBy(b => b.Referrer.Page, StringComparer.Ordinal).ThenBy(b => b.Referrer.Url, StringComparer.Ordinal))
        {
            var more = referrer.Count > 1 ? $" ({referrer.Count - 1} more page(s) link to it)" : "";
            diagnostics.Warning(new SourceLocation(referrer.Page, 0), $"broken link '{referrer.Url}': {problem}{more}");
        }
        return broken.Count;
    }

    /// <summary>The site path and fragment a relative URL names from a page in <paramref name="folder"/>.</summary>
    private static Target Split(string folder, string url)
    {
        var hash = url.IndexOf('#');
        var target = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : "";
        var q = target.IndexOf('?');
        if (q >= 0) target = target[..q];
        return new Target(Resolve(folder + "x", Uri.UnescapeDataString(target)) ?? "", fragment);
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith('/') || url.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(url, UriKind.Absolute, out _);

    /// <summary>Resolves a relative URL against a page path; null if it climbs above the site root.</summary>
    internal static string? Resolve(string page, string relative)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(segment);
            }
        }
        var path = string.Join('/', parts);
        return relative.EndsWith('/') ? path + "/index.html" : path;
    }
}
