using System.Text.Json;
using SiteGen.E2E.Support;

namespace SiteGen.E2E;

/// <summary>
/// search/engine.js must cut and fold text exactly like the C# index builder, or typed words miss indexed ones.
/// Both are checked against the same examples (SiteGen.Tests/Search/TestFiles/tokenizer-examples.json),
/// and here the script also runs over the shipped titles and abstracts against the C# tokenizer itself.
/// </summary>
public sealed class TokenizerParityTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Search_js_gives_the_shared_examples_terms()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Search", "TestFiles", "tokenizer-examples.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var examples = json.RootElement.GetProperty("examples").EnumerateArray().ToList();
        await using var session = await PageSession.OpenAsync(site.Browser);
        await session.OpenEngineAsync(site.Url(Mode.File, "search.html"));
        foreach (var e in examples)
        {
            var text = e.GetProperty("text").GetString()!;
            var index = await session.Page.EvaluateAsync<string[]>("t => SiteGenSearch.indexTerms(t)", text);
            var query = await session.Page.EvaluateAsync<string[]>("t => SiteGenSearch.queryTerms(t)", text);
            Assert.Equal(e.GetProperty("index").EnumerateArray().Select(x => x.GetString()), index);
            Assert.Equal(e.GetProperty("query").EnumerateArray().Select(x => x.GetString()), query);
        }
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task The_engine_gives_the_shared_examples_keys()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Search", "TestFiles", "key-examples.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var examples = json.RootElement.GetProperty("examples").EnumerateArray().ToList();
        await using var session = await PageSession.OpenAsync(site.Browser);
        await session.OpenEngineAsync(site.Url(Mode.File, "search.html"));
        var keys = await session.Page.EvaluateAsync<string[]>("ts => ts.map(SiteGenSearch.key)", examples.Select(e => e.GetProperty("term").GetString()).ToArray());
        Assert.Equal(examples.Select(e => e.GetProperty("key").GetString()), keys);
        Assert.Empty(session.Errors);
    }

    /// <summary>
    /// The index is ordered by the C# key and the engine looks words up by its own: one key that differs and a
    /// word's family is not found. Every term of the 100k-paper benchmark's vocabulary and of the shipped papers.
    /// </summary>
    [Fact]
    public async Task The_engine_keys_every_benchmark_and_shipped_term_as_the_builder_does()
    {
        var texts = new Benchmark.SyntheticCorpus(seed: 4).Vocabulary
            .Concat(site.Papers.SelectMany(p => new[] { p.Document.Title, p.Document.Abstract }.Concat(p.Document.Authors).Concat(p.Document.TopicNames)));
        var terms = texts.SelectMany(SiteGen.Search.SearchTokenizer.IndexTerms).Distinct(StringComparer.Ordinal).ToArray();
        Assert.True(terms.Length > 60_000, $"{terms.Length} terms");
        await using var session = await PageSession.OpenAsync(site.Browser);
        await session.OpenEngineAsync(site.Url(Mode.File, "search.html"));
        var fromJs = await session.Page.EvaluateAsync<string[]>("ts => ts.map(SiteGenSearch.key)", terms);
        var differ = terms.Select((t, i) => (Term: t, Cs: SiteGen.Search.SearchTermKey.Of(t), Js: fromJs[i])).Where(x => x.Cs != x.Js).Take(20).ToList();
        Assert.True(differ.Count == 0, "keys differ: " + string.Join(", ", differ.Select(d => $"{d.Term}: C# {d.Cs}, JS {d.Js}")));
        Assert.True(terms.Count(t => SiteGen.Search.SearchTermKey.Of(t) != t) > 10_000, "stemming changed too few terms to prove much");
        Assert.Empty(session.Errors);
    }

    /// <summary>
    /// Chinese and Japanese text (pairs of characters, runs cut by kana particles, punctuation and Latin words) and
    /// names in five scripts: the mixed benchmark corpus's first 2,000 papers, each text's terms in order.
    /// </summary>
    [Fact]
    public async Task The_engine_cuts_chinese_japanese_and_other_scripts_as_the_builder_does()
    {
        var documents = new Benchmark.SyntheticCorpus(seed: 4, otherScripts: 0.5).Documents(2_000);
        var texts = documents.SelectMany(d => new[] { d.Title, d.Abstract }.Concat(d.Authors)).Distinct(StringComparer.Ordinal).ToArray();
        Assert.True(texts.Count(t => SiteGen.Text.EastAsianScripts.IsPaired(char.ConvertToUtf32(t, 0))) > 1_000);
        await using var session = await PageSession.OpenAsync(site.Browser);
        await session.OpenEngineAsync(site.Url(Mode.File, "search.html"));
        var fromJs = await session.Page.EvaluateAsync<string[][]>("ts => ts.map(t => SiteGenSearch.indexTerms(t))", texts);
        var differ = texts.Select((t, i) => (Text: t, Cs: string.Join(' ', SiteGen.Search.SearchTokenizer.IndexTerms(t)), Js: string.Join(' ', fromJs[i])))
            .Where(x => x.Cs != x.Js).Take(5).ToList();
        Assert.True(differ.Count == 0, "terms differ: " + string.Join("; ", differ.Select(d => $"{d.Text}: C# {d.Cs}, JS {d.Js}")));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Search_js_finds_in_the_shipped_papers_exactly_the_terms_the_builder_indexed()
    {
        var texts = site.Papers.SelectMany(p => new[] { p.Document.Title, p.Document.Abstract }
            .Concat(p.Document.Authors).Concat(p.Document.TopicNames)).ToArray();
        await using var session = await PageSession.OpenAsync(site.Browser);
        await session.OpenEngineAsync(site.Url(Mode.File, "search.html"));
        var fromJs = await session.Page.EvaluateAsync<string[]>("ts => [...new Set(ts.flatMap(t => SiteGenSearch.indexTerms(t)))]", texts);

        var indexed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in site.Site.IndexFiles.Where(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(file.Content.Span);
            var array = text[(text.IndexOf(',', StringComparison.Ordinal) + 1)..text.LastIndexOf(')')];
            using var json = JsonDocument.Parse(array);
            var items = json.RootElement.EnumerateArray().ToList();
            for (var i = 0; i < items.Count; i += 2) indexed.Add(items[i].GetString()!);
        }
        Assert.Equal(indexed.Order(StringComparer.Ordinal), fromJs.Order(StringComparer.Ordinal));
    }
}
