using SiteGen.Model;
using SiteGen.Permalinks;
using SiteGen.Text;

namespace SiteGen.Pages;

/// <summary>
/// A paper imported from BibTeX (or RIS/CSL-JSON with ids) is also reachable at
/// papers/&lt;citation key&gt;.html: people cite by key, and a key does not change when a title is
/// edited. The alias is a redirect like an old slug's; a key that is some paper's slug or old
/// slug, or another paper's key, gets no alias, so an alias can never shadow a permalink.
/// </summary>
internal static class CitationKeyAliases
{
    public static IEnumerable<(string Alias, string Current)> For(IReadOnlyList<Paper> papers, PermalinkMap map)
    {
        var taken = new HashSet<string>(map.Entries.SelectMany(e => e.OldSlugs.Append(e.Slug)), StringComparer.Ordinal);
        foreach (var p in papers) taken.Add(p.Slug);
        var claims = papers
            .SelectMany(p => p.Bibliographic.CitationKeys.Select(k => (Alias: Slugifier.Slugify(k, 80, ""), p.Slug)))
            .Where(c => c.Alias.Length > 0 && !taken.Contains(c.Alias))
            .Distinct()
            .GroupBy(c => c.Alias, StringComparer.Ordinal);
        // Two papers claiming one key: neither gets it, rather than the first listed winning silently.
        foreach (var claim in claims)
            if (claim.Count() == 1) yield return claim.First();
    }
}
