using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Merging;

/// <summary>
/// site.yml's <c>papers.same</c> and <c>papers.distinct</c> as folded title keys. A title is
/// matched like papers are (case, accents, punctuation and spacing ignored); one that names no
/// paper is reported where site.yml writes it, and so is a merge of titles also said to be distinct.
/// </summary>
internal sealed class PaperTitleSettings
{
    private readonly Dictionary<string, string> _primaryOf = new(StringComparer.Ordinal);

    public PaperTitleSettings(PaperSettings settings, IReadOnlySet<string> keys, DiagnosticBag diagnostics)
    {
        foreach (var group in settings.Distinct) Known(group, "papers.distinct", keys, diagnostics);
        var distinct = DistinctPairs(settings);
        foreach (var group in settings.Same)
        {
            var known = Known(group, "papers.same", keys, diagnostics);
            if (known.Count < 2) continue;
            if (known.SelectMany(a => known.Select(b => (a, b))).Any(distinct.Contains))
            {
                diagnostics.Warning(group.Location, "papers.same: these titles are also listed under papers.distinct; not merged");
                continue;
            }
            // Groups that share a title join: the first title of the first group names the paper.
            var primary = Primary(known[0]);
            foreach (var key in known)
            {
                var root = Primary(key);
                if (root == primary) continue;
                foreach (var (member, _) in _primaryOf.Where(kv => kv.Value == root).ToList()) _primaryOf[member] = primary;
                _primaryOf[root] = primary;
            }
        }
    }

    /// <summary>The key of the paper <paramref name="key"/>'s records belong to: its own, unless site.yml merges it into another.</summary>
    public string Primary(string key) => _primaryOf.GetValueOrDefault(key, key);

    /// <summary>Every (key, key) pair site.yml's <c>papers.distinct</c> says are different papers, both ways round.</summary>
    public static IReadOnlySet<(string, string)> DistinctPairs(PaperSettings settings) =>
        settings.Distinct
            .Select(g => g.Titles.Select(TextFolding.Key).Distinct(StringComparer.Ordinal).ToList())
            .SelectMany(keys => keys.SelectMany(a => keys.Where(b => b != a).Select(b => (a, b))))
            .ToHashSet();

    private static List<string> Known(PaperTitles group, string setting, IReadOnlySet<string> keys, DiagnosticBag diagnostics)
    {
        var known = new List<string>();
        foreach (var title in group.Titles)
        {
            var key = TextFolding.Key(title);
            if (keys.Contains(key)) { if (!known.Contains(key)) known.Add(key); }
            else diagnostics.Warning(group.Location, $"{setting}: no paper has the title '{title}' (titles match ignoring case, accents and punctuation); ignored");
        }
        return known;
    }
}
