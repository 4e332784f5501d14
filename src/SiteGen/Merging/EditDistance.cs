namespace SiteGen.Merging;

/// <summary>Levenshtein distance with an early exit once it exceeds a bound.</summary>
internal static class EditDistance
{
    /// <summary>The edit distance of <paramref name="a"/> and <paramref name="b"/>, or bound + 1 when it exceeds <paramref name="bound"/>.</summary>
    public static int Bounded(string a, string b, int bound)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j] + 1, current[j - 1] + 1));
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > bound) return bound + 1;
            (previous, current) = (current, previous);
        }
        return Math.Min(previous[b.Length], bound + 1);
    }
}
