using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pages;

namespace SiteGen.Permalinks;

/// <summary>Why an address leads to a paper it is not the slug of.</summary>
public enum RedirectReason
{
    /// <summary>The paper's slug before its title was edited.</summary>
    OldSlug,

    /// <summary>The slug of a title site.yml's <c>papers.same</c> merged into the paper.</summary>
    MergedTitle,

    /// <summary>A citation key the paper's bibliography entry uses (papers/&lt;key&gt;.html).</summary>
    CitationKey,
}

/// <summary>papers/<paramref name="From"/>.html leads to papers/<paramref name="To"/>.html.</summary>
public sealed record Redirect(string From, string To, RedirectReason Reason);

/// <summary>
/// Every address a paper answers to, in one place: its slug (from the permalink map), the slugs
/// it had before, the slugs of titles merged into it, and its citation keys. Built once, after
/// papers are merged and slugs assigned; the redirect pages, Netlify's <c>_redirects</c>, the
/// sitemap's exclusions, Hugo aliases in the Markdown export and the lookup of
/// input/papers/&lt;slug&gt;.md all read it. Authors have one address each, authors/&lt;id&gt;.html.
/// </summary>
public sealed class AddressBook
{
    private readonly Dictionary<string, string> _keyBySlug;
    private readonly Dictionary<string, Redirect> _redirectFrom;
    private readonly Dictionary<string, IReadOnlyList<string>> _formerSlugs;

    private AddressBook(Dictionary<string, string> keyBySlug, IReadOnlyList<Redirect> redirects)
    {
        _keyBySlug = keyBySlug;
        Redirects = redirects;
        _redirectFrom = redirects.ToDictionary(r => r.From, StringComparer.Ordinal);
        _formerSlugs = redirects.GroupBy(r => _keyBySlug[r.To], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.From).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Addresses that redirect, by address.</summary>
    public IReadOnlyList<Redirect> Redirects { get; }

    /// <param name="papers">The site's papers, each with its slug.</param>
    /// <param name="map">The permalink map the slugs came from (with the slugs papers had before).</param>
    public static AddressBook Build(IReadOnlyList<Paper> papers, PermalinkMap map)
    {
        var keyBySlug = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in papers) keyBySlug[p.Slug] = p.Key;
        var entries = map.Entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
        var redirects = new List<Redirect>();
        foreach (var paper in papers)
        {
            if (entries.TryGetValue(paper.Key, out var own))
                redirects.AddRange(own.OldSlugs.Select(o => new Redirect(o, paper.Slug, RedirectReason.OldSlug)));
            foreach (var merged in paper.MergedKeys)
                if (entries.TryGetValue(merged, out var entry))
                    redirects.AddRange(entry.OldSlugs.Prepend(entry.Slug).Select(o => new Redirect(o, paper.Slug, RedirectReason.MergedTitle)));
        }
        redirects.AddRange(CitationKeyAliases.For(papers, map).Select(a => new Redirect(a.Alias, a.Current, RedirectReason.CitationKey)));
        return new AddressBook(keyBySlug, redirects.OrderBy(r => r.From, StringComparer.Ordinal).ToList());
    }

    /// <summary>The key of the paper <paramref name="slug"/> leads to, directly or by a redirect; null if none.</summary>
    public string? PaperKeyOf(string slug)
    {
        if (_keyBySlug.TryGetValue(slug, out var key)) return key;
        return _redirectFrom.TryGetValue(slug, out var redirect) ? _keyBySlug[redirect.To] : null;
    }

    /// <summary>Every other address that leads to the paper (Hugo's aliases).</summary>
    public IReadOnlyList<string> FormerSlugs(string paperKey) => _formerSlugs.GetValueOrDefault(paperKey, []);

    /// <summary>Paths of the redirect pages: the sitemap lists only where papers are now.</summary>
    public IEnumerable<string> RedirectPaths => Redirects.Select(r => SitePaths.Paper(r.From));

    /// <summary>Netlify's _redirects: a permanent redirect for every other address of a paper.</summary>
    public SiteFile NetlifyRules() =>
        SiteFile.FromText("_redirects", string.Concat(Redirects.Select(r => $"/{SitePaths.Paper(r.From)} /{SitePaths.Paper(r.To)} 301\n")));
}
