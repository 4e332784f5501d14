using System.Security.Cryptography;
using System.Text;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Permalinks;

/// <summary>
/// Gives every paper its slug from the permalink map, and new papers new slugs. A paper
/// whose title changed is recognised by its abstract: it keeps its entry, takes a slug
/// for the new title, and the old slug is kept so the old URL redirects. A paper site.yml
/// merged from several titles keeps its first title's entry; the other titles' entries stay
/// as they are (their addresses redirect, see <see cref="AddressBook"/>), unless the first title
/// never had one: then the paper takes over the first of theirs, so its address does not change.
/// A paper whose title was edited to another paper's (a merge made by hand) is recognised the
/// same way, by an abstract its entry still carries: its slug becomes an old slug of that paper.
/// </summary>
public static class PermalinkAssigner
{
    private const int MaxSlugLength = 50;

    /// <param name="entryAbstracts">By paper key, the abstracts of the entries merged into it (a paper shows only the longest).</param>
    public static (IReadOnlyList<Paper> Papers, PermalinkMap Map) Assign(IReadOnlyList<Paper> papers, PermalinkMap map,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? entryAbstracts = null)
    {
        var byKey = map.Entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
        var taken = new HashSet<string>(map.Entries.SelectMany(e => e.OldSlugs.Append(e.Slug)), StringComparer.Ordinal);
        var present = papers.SelectMany(p => p.MergedKeys.Prepend(p.Key)).ToHashSet(StringComparer.Ordinal);
        var orphansByHash = map.Entries
            .Where(e => e.AbstractHash.Length > 0 && !present.Contains(e.Key))
            .GroupBy(e => e.AbstractHash)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var result = new Dictionary<string, PermalinkEntry>(StringComparer.Ordinal);
        // New slugs are handed out in key order, not input order, so reordering inputs
        // cannot change who gets "title" and who gets "title-2".
        foreach (var paper in papers.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var hash = AbstractHash(paper.Abstract);
            if (byKey.TryGetValue(paper.Key, out var known))
            {
                result[paper.Key] = known with { AbstractHash = hash.Length > 0 ? hash : known.AbstractHash };
                continue;
            }

            if (paper.MergedKeys.FirstOrDefault(byKey.ContainsKey) is { } mergedKey)
            {
                result[paper.Key] = byKey[mergedKey] with { Key = paper.Key, AbstractHash = hash.Length > 0 ? hash : byKey[mergedKey].AbstractHash };
                byKey.Remove(mergedKey);
                continue;
            }

            var fresh = Slugifier.Slugify(paper.Title, MaxSlugLength, "paper");
            if (hash.Length > 0 && orphansByHash.Remove(hash, out var renamed))
            {
                // Same abstract under a new title: the paper was renamed.
                var slug = fresh == renamed.Slug ? renamed.Slug : Unique(fresh, taken);
                var old = slug == renamed.Slug ? renamed.OldSlugs : renamed.OldSlugs.Append(renamed.Slug).ToList();
                result[paper.Key] = new PermalinkEntry(paper.Key, slug, old, hash);
                byKey.Remove(renamed.Key);
                continue;
            }
            result[paper.Key] = new PermalinkEntry(paper.Key, Unique(fresh, taken), [], hash);
        }

        // A title edited into another paper's: that paper's entry keeps the slug as an old slug, so the address redirects.
        IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> merges = orphansByHash.Count == 0 || entryAbstracts is null ? [] : entryAbstracts.OrderBy(e => e.Key, StringComparer.Ordinal);
        foreach (var (key, abstracts) in merges)
        {
            foreach (var hash in abstracts.Select(AbstractHash).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!orphansByHash.Remove(hash, out var merged) || !byKey.Remove(merged.Key)) continue;
                var into = result[key];
                result[key] = into with { OldSlugs = [.. into.OldSlugs, .. merged.OldSlugs, merged.Slug] };
            }
        }

        // Entries of papers no longer in the input stay, so their slugs are never reused.
        foreach (var e in map.Entries)
            if (!result.ContainsKey(e.Key) && byKey.ContainsKey(e.Key)) result[e.Key] = e;

        var assigned = papers.Select(p => p with { Slug = result[p.Key].Slug }).ToList();
        return (assigned, new PermalinkMap(result.Values));
    }

    private static string Unique(string slug, HashSet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++) candidate = $"{slug}-{n}";
        return candidate;
    }

    private static string AbstractHash(string abstractText)
    {
        var key = TextFolding.Key(abstractText);
        if (key.Length < 40) return ""; // too short to identify a paper
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
