namespace SiteGen.Search;

/// <summary>
/// Groups the sorted dictionary into shards by term prefix so each shard stays near a byte budget.
/// A shard is named by its prefix and holds every term whose longest shard prefix it is: search.js finds
/// a term's shard by that rule and a prefix query's shards as the covering one plus those below it.
/// A prefix too big for the budget gives its largest next-letter groups their own shards until the
/// rest fits; a single term bigger than the budget still gets a shard of its own (its prefix is itself).
/// </summary>
internal static class TermShardPlanner
{
    /// <param name="terms">Terms in ordinal order with the bytes each costs in a shard.</param>
    /// <returns>Shards in ordinal order of prefix, each with its terms' index range in <paramref name="terms"/>.</returns>
    public static IReadOnlyList<TermShard> Plan(IReadOnlyList<(string Term, int Size)> terms, int budget)
    {
        var shards = new List<TermShard>();
        if (terms.Count > 0) PlanPrefix("", 0, terms.Count, terms, budget, shards);
        shards.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
        return shards;
    }

    private static void PlanPrefix(string prefix, int start, int end, IReadOnlyList<(string Term, int Size)> terms, int budget, List<TermShard> shards)
    {
        var total = 0L;
        for (var i = start; i < end; i++) total += terms[i].Size;

        var members = new List<int>();
        if (total <= budget)
        {
            for (var i = start; i < end; i++) members.Add(i);
            shards.Add(new TermShard(prefix, members));
            return;
        }

        // The term equal to the prefix (sorted first) stays; the rest group by their next char.
        var groups = new List<(int Start, int End, long Size)>();
        var own = new List<int>();
        var k = start;
        while (k < end && terms[k].Term.Length == prefix.Length) own.Add(k++);
        while (k < end)
        {
            var c = terms[k].Term[prefix.Length];
            var groupStart = k;
            var size = 0L;
            while (k < end && terms[k].Term[prefix.Length] == c) size += terms[k++].Size;
            groups.Add((groupStart, k, size));
        }

        var remaining = total;
        var splitOff = new HashSet<int>();
        foreach (var g in Enumerable.Range(0, groups.Count).OrderByDescending(g => groups[g].Size).ThenBy(g => g))
        {
            if (remaining <= budget) break;
            splitOff.Add(g);
            remaining -= groups[g].Size;
        }

        members.AddRange(own);
        for (var g = 0; g < groups.Count; g++)
        {
            var (gs, ge, _) = groups[g];
            if (splitOff.Contains(g))
                PlanPrefix(prefix + terms[gs].Term[prefix.Length], gs, ge, terms, budget, shards);
            else
                for (var i = gs; i < ge; i++) members.Add(i);
        }
        if (members.Count > 0) shards.Add(new TermShard(prefix, members));
    }
}

/// <summary>One term shard: its prefix and the indexes of its terms in the sorted dictionary.</summary>
internal sealed record TermShard(string Prefix, IReadOnlyList<int> TermIndexes);
