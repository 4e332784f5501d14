using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

public sealed class SearchTokenizerTests
{
    /// <summary>The examples search/engine.js is tested against too (tests/SiteGen.E2E TokenizerParityTests).</summary>
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
        Assert.Equal(index.Order(StringComparer.Ordinal), SpanTerms(text).Order(StringComparer.Ordinal));
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

    private struct Collector : SearchTokenizer.ITermSink
    {
        public List<string> Terms;

        public void Add(ReadOnlySpan<char> term) => (Terms ??= []).Add(term.ToString());
    }

    private static List<string> SpanTerms(string text)
    {
        var collector = new Collector();
        SearchTokenizer.IndexTerms(text, ref collector);
        return collector.Terms ?? [];
    }

    private static void AssertSameTerms(string text) =>
        Assert.Equal(SearchTokenizer.IndexTerms(text).Order(StringComparer.Ordinal), SpanTerms(text).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("U-Net and UNet, PointNet; GPT-4o vs. GPT4o: HTMLParser's LLMs")]
    [InlineData("it's a x-ray CT-scan of 3D-printed 2x2 ResNet50s -- or not - really")]
    [InlineData("Aurélien Lucchi")]
    [InlineData("")]
    public void The_allocation_free_path_gives_the_same_terms(string text) => AssertSameTerms(text);

    /// <summary>
    /// Words and compounds of exactly the limit are indexed, one character more are not: on both paths (the
    /// allocation-free one indexes almost every abstract, so an off-by-one there would drop or keep a term the
    /// query side and engine.js treat the other way).
    /// </summary>
    [Theory]
    [InlineData(39)]
    [InlineData(40)]
    [InlineData(41)]
    public void Terms_of_exactly_the_limit_are_indexed_and_longer_ones_are_not_on_both_paths(int length)
    {
        Assert.Equal(40, SearchTokenizer.MaxTermLength);
        var fits = length <= SearchTokenizer.MaxTermLength;

        var word = new string('a', length);
        string[] wordTerms = fits ? [word] : [];
        Assert.Equal(wordTerms, SearchTokenizer.IndexTerms(word));
        Assert.Equal(wordTerms, SpanTerms(word));

        // Its parts fit; the joined form is exactly `length` long.
        var compound = new string('a', length - 20) + "-" + new string('b', 20);
        var joined = compound.Replace("-", "", StringComparison.Ordinal);
        string[] compoundTerms = fits ? [joined[..^20], joined[^20..], joined] : [joined[..^20], joined[^20..]];
        Assert.Equal(compoundTerms, SearchTokenizer.IndexTerms(compound));
        Assert.Equal(compoundTerms.Order(StringComparer.Ordinal), SpanTerms(compound).Order(StringComparer.Ordinal));

        // A part of `length` inside a compound (whose joined form is one longer).
        var longPart = "x-" + word;
        string[] partTerms = length + 1 <= SearchTokenizer.MaxTermLength ? ["x", word, "x" + word] : fits ? ["x", word] : ["x"];
        Assert.Equal(partTerms, SearchTokenizer.IndexTerms(longPart));
        Assert.Equal(partTerms.Order(StringComparer.Ordinal), SpanTerms(longPart).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_allocation_free_path_gives_the_same_terms_on_long_and_many_part_compounds()
    {
        AssertSameTerms(new string('a', 300) + " " + string.Join('-', Enumerable.Range(0, 100).Select(i => "p" + i)));
        AssertSameTerms(string.Concat(Enumerable.Repeat("AbCd", 80)));
    }

    [Fact]
    public void The_allocation_free_path_gives_the_same_terms_on_generated_text()
    {
        var pieces = Gen.Elements("U", "Net", "net", "-", "'", " ", "4", "o", "HTML", "Parser", "s", "x", "ABC", "aB", "9", ".", ",", "--", "é", "Aé", "ǅ", "\u0301", "\u2010");
        var texts = Gen.Choose(0, 30).SelectMany(n => Gen.ArrayOf(pieces, n)).Select(string.Concat);
        Check.One(Import.PropertyRuns.Quick(2000), Prop.ForAll(texts.ToArbitrary(), text =>
            SearchTokenizer.IndexTerms(text).Order(StringComparer.Ordinal).SequenceEqual(SpanTerms(text).Order(StringComparer.Ordinal))));
    }
}
