using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Text;

namespace SiteGen.Permalinks;

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
            .SelectMany(p => p.Bibliographic.CitationKeys.Select(k => (Alias: AliasOf(k), p.Slug)))
            .Where(c => c.Alias.Length > 0 && !taken.Contains(c.Alias))
            .Distinct()
            .GroupBy(c => c.Alias, StringComparer.Ordinal);
        // Two papers claiming one key: neither gets it, rather than the first listed winning
        // silently. ReportContested tells the user, from the records that carry the keys.
        foreach (var claim in claims)
            if (claim.Count() == 1) yield return claim.First();
    }

    /// <summary>
    /// Warns once per alias that records of different papers claim, naming each record's
    /// file(line). Within one .bib the parser already refuses a repeated key; this catches
    /// a.bib and b.bib (or a .bib and a CSL-JSON export) giving one key to two papers, which
    /// would otherwise only show as a missing papers/&lt;key&gt;.html. The same paper keyed alike
    /// in two files is an overlap, not a conflict.
    /// </summary>
    public static void ReportContested(IEnumerable<ParsedListing> listings, IReadOnlyList<Paper> papers, DiagnosticBag diagnostics)
    {
        var paperOf = new Dictionary<SourceLocation, Paper>();
        foreach (var paper in papers)
            foreach (var source in paper.Sources) paperOf.TryAdd(source, paper);

        var claims = listings
            .SelectMany(l => l.Records)
            .SelectMany(r => r.Bibliographic.CitationKeys.Select(k => (Alias: AliasOf(k), Key: k, r.Source)))
            .Where(c => c.Alias.Length > 0 && paperOf.ContainsKey(c.Source))
            .GroupBy(c => c.Alias, StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            var ordered = claim.OrderBy(c => c.Source.File, StringComparer.Ordinal).ThenBy(c => c.Source.Line).ToList();
            var distinctPapers = ordered.Select(c => paperOf[c.Source].Key).Distinct(StringComparer.Ordinal).Count();
            if (distinctPapers < 2) continue;
            var keys = ordered.Select(c => $"'{c.Key}'").Distinct(StringComparer.Ordinal).ToList();
            var where = string.Join(", ", ordered.Select(c => $"{c.Source} \"{paperOf[c.Source].Title}\""));
            // Keys that differ only in case or punctuation still make one papers/<alias>.html.
            var what = keys.Count == 1
                ? $"citation key {keys[0]} is used by {distinctPapers} different papers"
                : $"citation keys {string.Join(", ", keys)} make the same alias for {distinctPapers} different papers";
            var none = distinctPapers == 2 ? "neither" : "none of them";
            diagnostics.Warning(ordered[0].Source, $"{what}: {where}; {none} gets the papers/{claim.Key}.html alias (give each paper its own key)");
        }
    }

    private static string AliasOf(string citationKey) => Slugifier.Slugify(citationKey, 80, "");
}
