using SiteGen.Model;

namespace SiteGen.Merging;

/// <summary>Two papers whose folded titles are nearly equal: probably one paper, for a human to judge.</summary>
public sealed record NearDuplicate(Paper First, Paper Second, double Similarity);

/// <summary>
/// Finds papers with very similar folded titles ("colours" / "colors" versions of one title).
/// These are reported, not merged: "Model A v2" and "Model A v3" are similar titles of different papers.
/// </summary>
public static class NearDuplicateFinder
{
    /// <summary>Similarity (1 − edit distance / longer length) from which titles are reported. Shipped titles of different papers stay below 0.8.</summary>
    public const double DefaultThreshold = 0.9;

    public static IReadOnlyList<NearDuplicate> Find(IReadOnlyList<Paper> papers, double threshold = DefaultThreshold)
    {
        var sorted = papers.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var result = new List<NearDuplicate>();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count; j++)
            {
                var (a, b) = (sorted[i].Key, sorted[j].Key);
                var longer = Math.Max(a.Length, b.Length);
                if (longer == 0) continue;
                // The distance is at least the length difference: skip pairs that cannot reach the threshold.
                var maxDistance = (int)Math.Floor((1 - threshold) * longer);
                if (Math.Abs(a.Length - b.Length) > maxDistance) continue;
                var distance = EditDistance.Bounded(a, b, maxDistance);
                if (distance <= maxDistance)
                    result.Add(new NearDuplicate(sorted[i], sorted[j], 1 - (double)distance / longer));
            }
        }
        return result.OrderByDescending(d => d.Similarity).ThenBy(d => d.First.Key, StringComparer.Ordinal).ToList();
    }
}
