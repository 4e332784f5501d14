using SiteGen.Search;

namespace SiteGen.Tests.Search;

public sealed class TermShardPlannerTests
{
    private static List<(string Term, int Size)> Terms(params (string Term, int Size)[] terms) =>
        [.. terms.OrderBy(t => t.Term, StringComparer.Ordinal)];

    [Fact]
    public void A_dictionary_under_the_budget_is_one_shard_with_the_empty_key()
    {
        var shards = TermShardPlanner.Plan(Terms(("alpha", 10), ("beta", 10)), budget: 100);
        var shard = Assert.Single(shards);
        Assert.Equal("", shard.Key);
        Assert.Equal([0, 1], shard.TermIndexes);
    }

    [Fact]
    public void Shards_fill_up_to_the_budget_and_are_keyed_by_the_shortest_separating_prefix()
    {
        var terms = Terms(("map", 30), ("mode", 25), ("model", 50), ("models", 40), ("zeta", 5));
        var shards = TermShardPlanner.Plan(terms, budget: 60);
        // map+mode fit 60; model alone (model+models = 90); models+zeta = 45.
        Assert.Equal([["map", "mode"], ["model"], ["models", "zeta"]], shards.Select(s => s.TermIndexes.Select(i => terms[i].Term).ToArray()));
        // "model" > "mode" needs all five letters; "models" > "model" all six.
        Assert.Equal(["", "model", "models"], shards.Select(s => s.Key));
    }

    [Fact]
    public void A_term_bigger_than_the_budget_gets_a_shard_of_its_own()
    {
        var shards = TermShardPlanner.Plan(Terms(("a", 10), ("big", 500), ("c", 10)), budget: 100);
        Assert.Equal([[0], [1], [2]], shards.Select(s => s.TermIndexes.ToArray()));
        Assert.Equal(["", "b", "c"], shards.Select(s => s.Key));
    }

    [Fact]
    public void Every_term_lands_in_the_shard_of_the_last_key_not_after_it()
    {
        var random = new Random(7);
        var terms = Enumerable.Range(0, 3000)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => (char)('a' + random.Next(6)))]))
            .Distinct().Order(StringComparer.Ordinal).Select(t => (t, random.Next(5, 200))).ToList();
        var shards = TermShardPlanner.Plan(terms, budget: 2000);
        var keys = shards.Select(s => s.Key).ToList();
        for (var s = 0; s < shards.Count; s++)
            foreach (var i in shards[s].TermIndexes)
                Assert.Equal(s, keys.FindLastIndex(k => string.CompareOrdinal(k, terms[i].t) <= 0));
        Assert.Equal(terms.Count, shards.Sum(s => s.TermIndexes.Count));
        Assert.All(shards, s => Assert.True(s.TermIndexes.Sum(i => terms[i].Item2) <= 2000 || s.TermIndexes.Count == 1));
        // Shards are full: all but the last hold more than half the budget on average.
        Assert.True(terms.Sum(t => t.Item2) / (double)(shards.Count - 1) > 1000);
    }
}
