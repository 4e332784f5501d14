namespace SiteGen.Search;

/// <summary>
/// Cuts the sorted dictionary into contiguous shards of about a byte budget, each named by a short
/// separator key: the shortest prefix of its first term that sorts after the previous shard's last term.
/// engine.js finds a key's shard by binary search over the keys (the last key ≤ it), and a prefix's
/// terms in the run of shards from the prefix's shard to the shard of prefix + U+FFFF.
/// Contiguous ranges fill shards evenly (fewer files than prefix tries, which leave many tiny shards);
/// a single term bigger than the budget gets a shard of its own.
/// Equal keys are never cut apart (the term shards are planned over family keys: a family bigger than the
/// budget gets a shard of its own, like a big term), so keys are strictly increasing from shard to shard.
/// </summary>
internal static class TermShardPlanner
{
    /// <param name="terms">Keys in ordinal order (repeats allowed) with the bytes each costs in a shard.</param>
    public static IReadOnlyList<TermShard> Plan(IReadOnlyList<(string Term, int Size)> terms, int budget)
    {
        var shards = new List<TermShard>();
        var start = 0;
        while (start < terms.Count)
        {
            var end = start;
            var size = 0L;
            while (end < terms.Count && (end == start || size + terms[end].Size <= budget || terms[end].Term == terms[end - 1].Term))
                size += terms[end++].Size;
            var key = start == 0 ? "" : Separator(terms[start - 1].Term, terms[start].Term);
            shards.Add(new TermShard(key, [.. Enumerable.Range(start, end - start)]));
            start = end;
        }
        return shards;
    }

    // Shortest prefix of next that sorts after previous (ordinal): previous < key <= next.
    private static string Separator(string previous, string next)
    {
        for (var length = 1; length < next.Length; length++)
        {
            // Keep surrogate pairs whole: a key ending in a high surrogate would still compare correctly,
            // but could not be written as valid UTF-8 text.
            if (char.IsHighSurrogate(next[length - 1])) continue;
            if (string.CompareOrdinal(next[..length], previous) > 0)
                return next[..length];
        }
        return next;
    }
}

/// <summary>One term shard: its separator key and the indexes of its terms in the sorted dictionary.</summary>
internal sealed record TermShard(string Key, IReadOnlyList<int> TermIndexes);
