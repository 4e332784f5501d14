using SiteGen.Search;

namespace SiteGen.Tests.Search;

public sealed class TermShardPlannerTests
{
    private static List<(string Term, int Size)> Terms(params (string Term, int Size)[] terms) =>
        [.. terms.OrderBy(t => t.Term, StringComparer.Ordinal)];

    [Fact]
    public void A_dictionary_under_the_budget_is_one_shard_with_the_empty_prefix()
    {
        var shards = TermShardPlanner.Plan(Terms(("alpha", 10), ("beta", 10)), budget: 100);
        var shard = Assert.Single(shards);
        Assert.Equal("", shard.Prefix);
        Assert.Equal([0, 1], shard.TermIndexes);
    }

    [Fact]
    public void The_biggest_next_letter_groups_split_off_until_the_rest_fits()
    {
        var terms = Terms(("model", 50), ("models", 40), ("mode", 5), ("map", 5), ("zeta", 5));
        var shards = TermShardPlanner.Plan(terms, budget: 60);
        // "m..." (100) splits off the root, "mode..." off "m", then "model" (50) and "models" (40)
        // cannot share 60 bytes: each gets a shard named by itself.
        Assert.Equal(["", "m", "mode", "model", "models"], shards.Select(s => s.Prefix));
        Assert.Equal([["zeta"], ["map"], ["mode"], ["model"], ["models"]], shards.Select(s => s.TermIndexes.Select(i => terms[i].Term).ToArray()));
    }

    [Fact]
    public void Every_term_lands_in_the_shard_of_its_longest_listed_prefix()
    {
        var random = new Random(7);
        var terms = Enumerable.Range(0, 3000)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => (char)('a' + random.Next(6)))]))
            .Distinct().Order(StringComparer.Ordinal).Select(t => (t, random.Next(5, 200))).ToList();
        var shards = TermShardPlanner.Plan(terms, budget: 2000);
        var prefixes = shards.Select(s => s.Prefix).ToList();
        var seen = new HashSet<int>();
        foreach (var shard in shards)
            foreach (var i in shard.TermIndexes)
            {
                Assert.True(seen.Add(i));
                var longest = prefixes.Where(p => terms[i].t.StartsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length);
                Assert.Equal(shard.Prefix, longest);
            }
        Assert.Equal(terms.Count, seen.Count);
        // Over budget only when a single term is.
        Assert.All(shards, s => Assert.True(s.TermIndexes.Sum(i => terms[i].Item2) <= 2000 || s.TermIndexes.Count == 1));
    }
}
