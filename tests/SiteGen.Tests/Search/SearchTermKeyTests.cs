using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

public sealed class SearchTermKeyTests
{
    /// <summary>The examples search/engine.js is tested against too (tests/SiteGen.E2E TokenizerParityTests).</summary>
    public static TheoryData<string, string> Examples()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Search", "TestFiles", "key-examples.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var data = new TheoryData<string, string>();
        foreach (var e in json.RootElement.GetProperty("examples").EnumerateArray())
            data.Add(e.GetProperty("term").GetString()!, e.GetProperty("key").GetString()!);
        return data;
    }

    [Theory, MemberData(nameof(Examples))]
    public void Keys_match_the_shared_examples(string term, string key) => Assert.Equal(key, SearchTermKey.Of(term));

    [Theory]
    [InlineData("organisational", "organizational")]
    [InlineData("surprisingly", "surprisingly")] // "surpris" is native
    [InlineData("otherwise", "otherwise")] // -wise
    [InlineData("raise", "raise")] // two letters before -ise
    [InlineData("paralysed", "paralyzed")]
    [InlineData("neighbourhood", "neighborhood")]
    [InlineData("flour", "flour")]
    [InlineData("resources", "resources")]
    public void British_endings_are_rewritten_and_look_alikes_are_not(string british, string american) =>
        Assert.Equal(american, AmericanSpelling.Of(british));
}
