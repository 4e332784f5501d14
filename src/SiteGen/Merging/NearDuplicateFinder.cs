using SiteGen.Model;

namespace SiteGen.Merging;

/// <summary>Two papers whose folded titles are nearly equal: probably one paper, for a human to judge.</summary>
public sealed record NearDuplicate(Paper First, Paper Second, double Similarity);

/// <summary>
/// Finds papers with very similar folded titles ("colours" / "colors" versions of one title).
/// These are reported, not merged: similar titles can name different papers. Titles that differ
/// in a number ("Model v2" / "Model v3") are never reported.
/// </summary>
public static class NearDuplicateFinder
{
    /// <summary>Similarity (1 − edit distance / longer length) from which titles are reported. Shipped titles of different papers stay below 0.8.</summary>
    public const double DefaultThreshold = 0.9;

    /// <param name="distinct">Key pairs the user said are different papers (site.yml papers.distinct): not reported.</param>
    public static IReadOnlyList<NearDuplicate> Find(IReadOnlyList<Paper> papers, double threshold = DefaultThreshold, IReadOnlySet<(string, string)>? distinct = null)
    {
        var result = new List<NearDuplicate>();
        foreach (var bucket in papers.GroupBy(p => Numbers(p.Key), StringComparer.Ordinal))
            FindIn(bucket, threshold, result);
        if (distinct is { Count: > 0 }) result.RemoveAll(d => distinct.Contains((d.First.Key, d.Second.Key)));
        return result.OrderByDescending(d => d.Similarity).ThenBy(d => d.First.Key, StringComparer.Ordinal).ToList();
    }

    private static void FindIn(IEnumerable<Paper> papers, double threshold, List<NearDuplicate> result)
    {
        // Sorted by length, a title only needs comparing with the next few: the edit distance is
        // at least the length difference. A letter-count bound then skips most remaining pairs
        // before the quadratic distance is computed, which keeps `sitegen check` fast on large sites.
        var titles = papers
            .Select(p => (Paper: p, Histogram: LetterCounts(p.Key)))
            .OrderBy(t => t.Paper.Key.Length)
            .ThenBy(t => t.Paper.Key, StringComparer.Ordinal)
            .ToList();
        for (var i = 0; i < titles.Count; i++)
        {
            var a = titles[i].Paper.Key;
            for (var j = i + 1; j < titles.Count; j++)
            {
                var b = titles[j].Paper.Key;
                var maxDistance = (int)Math.Floor((1 - threshold) * b.Length); // b is the longer
                if (b.Length - a.Length > maxDistance) break;
                if (b.Length == 0 || HistogramBound(titles[i].Histogram, titles[j].Histogram) > maxDistance) continue;
                var distance = EditDistance.Bounded(a, b, maxDistance);
                if (distance > maxDistance) continue;
                var (first, second) = SourceOrder(titles[i].Paper, titles[j].Paper) <= 0 ? (titles[i].Paper, titles[j].Paper) : (titles[j].Paper, titles[i].Paper);
                result.Add(new NearDuplicate(first, second, 1 - (double)distance / b.Length));
            }
        }
    }

    /// <summary>The one listed first in the input comes first, as a reader of the listings met them.</summary>
    private static int SourceOrder(Paper a, Paper b)
    {
        var (x, y) = (a.Sources.Count > 0 ? a.Sources[0] : null, b.Sources.Count > 0 ? b.Sources[0] : null);
        var byFile = string.CompareOrdinal(x?.File, y?.File);
        if (byFile != 0) return byFile;
        var byLine = (x?.Line ?? 0).CompareTo(y?.Line ?? 0);
        return byLine != 0 ? byLine : string.CompareOrdinal(a.Key, b.Key);
    }

    // Titles that differ in a number name different things ("MAIRA-2" and "MAIRA-3", "Part 1"
    // and "Part 2"), however similar the rest: only titles with the same numbers are compared,
    // which also splits large sites into small buckets.
    private static string Numbers(string key) =>
        string.Join(' ', key.Split(' ').Where(w => w.Any(char.IsAsciiDigit)));

    private static int[] LetterCounts(string key)
    {
        var counts = new int[37];
        foreach (var c in key)
            counts[c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + c - '0' : 36]++;
        return counts;
    }

    /// <summary>A lower bound on the edit distance: one edit changes the letter counts by at most two.</summary>
    private static int HistogramBound(int[] a, int[] b)
    {
        var sum = 0;
        for (var k = 0; k < a.Length; k++) sum += Math.Abs(a[k] - b[k]);
        return (sum + 1) / 2;
    }
}
