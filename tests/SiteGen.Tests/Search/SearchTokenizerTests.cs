using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

public sealed class SearchTokenizerTests
{
    /// <summary>The examples search.js is tested against too (tests/SiteGen.E2E TokenizerParityTests).</summary>
    public static TheoryData<string, string[], string[]> Examples()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Search", "TestFiles", "tokenizer-examples.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var data = new TheoryData<string, string[], string[]>();
        foreach (var e in json.RootElement.GetProperty("examples").EnumerateArray())
            data.Add(
                e.GetProperty("text").GetString()!,
                [.. e.GetProperty("index").EnumerateArray().Select(x => x.GetString()!)],
                [.. e.GetProperty("query").EnumerateArray().Select(x => x.GetString()!)]);
        return data;
    }

    [Theory, MemberData(nameof(Examples))]
    public void Index_and_query_terms_match_the_shared_examples(string text, string[] index, string[] query)
    {
        Assert.Equal(index, SearchTokenizer.IndexTerms(text));
        Assert.Equal(query, SearchTokenizer.QueryTerms(text));
    }

    [Fact]
    public void Every_query_term_of_a_text_is_among_its_index_terms()
    {
        // What makes "U-Net" findable as typed: a query's terms are always indexed for the same text.
        foreach (var text in new[] { "U-Net", "PointNet", "GPT-4o", "Multi-ResNets", "Aurélien", "x-ray CT-scans" })
            Assert.All(SearchTokenizer.QueryTerms(text), t => Assert.Contains(t, SearchTokenizer.IndexTerms(text)));
    }

    [Fact]
    public void Terms_longer_than_the_limit_are_not_indexed()
    {
        var longWord = new string('a', SearchTokenizer.MaxTermLength + 1);
        Assert.Equal(["short"], SearchTokenizer.IndexTerms("short " + longWord));
    }
}
