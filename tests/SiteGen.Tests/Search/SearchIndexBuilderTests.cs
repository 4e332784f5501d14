using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

public sealed partial class SearchIndexBuilderTests
{
    private static SearchDocument Doc(string slug, string title, string date = "2024-03-11", string[]? authors = null,
        string[]? topics = null, string @abstract = "An abstract.") =>
        new($"papers/{slug}/index.html", title, authors ?? ["Ada Lovelace"], topics ?? [], topics ?? [],
            date.Length >= 4 ? int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture) : null, date, @abstract);

    private static readonly SearchDocument[] Sample =
    [
        Doc("reversal", "The Reversal Curse", "2023-09-21", ["Lukas Berglund"], ["CL"], "We expose a surprising failure of generalization."),
        Doc("unet", "A Unified Framework for U-Net Design", "2023", ["Christopher Williams", "Aurélien Lucchi"], ["LG"]),
        Doc("old", "An Old Paper", "2019-01-02", topics: ["LG", "CL"]),
        Doc("undated", "Undated Work", ""),
    ];

    /// <summary>The index's data files (all but search/engine.js, the code that reads them).</summary>
    private static Dictionary<string, string> Text(IReadOnlyList<SiteGen.Output.SiteFile> files) =>
        files.Where(f => f.Path != "search/engine.js").ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content.Span));

    [Fact]
    public void The_engine_that_reads_the_index_is_written_beside_it()
    {
        var engine = Assert.Single(SearchIndexBuilder.Build(Sample), f => f.Path == "search/engine.js");
        Assert.Equal(SearchEngineScript.File.Content.ToArray(), engine.Content.ToArray());
        Assert.Contains($"{{\"v\":{SearchIndexBuilder.Format},", Text(SearchIndexBuilder.Build(Sample))["search/entry.js"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_file_is_one_load_call_under_search()
    {
        foreach (var (path, text) in Text(SearchIndexBuilder.Build(Sample)))
        {
            Assert.StartsWith("search/", path, StringComparison.Ordinal);
            var name = path["search/".Length..^".js".Length];
            Assert.Matches(LoadCall(), text);
            Assert.StartsWith($"SiteGenSearch.load(\"{name}\",", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_entry_lists_years_as_id_ranges_newest_first_and_topics_with_counts()
    {
        var entry = Text(SearchIndexBuilder.Build(Sample))["search/entry.js"];
        Assert.Contains("\"n\":4", entry, StringComparison.Ordinal);
        Assert.Contains("\"y\":[[2023,0,2],[2019,2,1],[null,3,1]]", entry, StringComparison.Ordinal);
        Assert.Contains("\"k\":[[\"CL\",\"CL\",2],[\"LG\",\"LG\",2]]", entry, StringComparison.Ordinal);
        Assert.Contains("\"up\":\"papers/\",\"us\":\"/index.html\"", entry, StringComparison.Ordinal);
    }

    private static readonly string[] NewestFirst = ["reversal", "unet", "old", "undated"];

    [Fact]
    public void Documents_are_ordered_newest_first_and_the_display_rows_carry_short_urls()
    {
        var display = Text(SearchIndexBuilder.Build(Sample))["search/d/0.js"];
        var order = NewestFirst.Select(s => display.IndexOf($"\"{s}\"", StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order().ToList(), order);
    }

    [Fact]
    public void Terms_of_every_field_are_indexed_with_their_field_sets()
    {
        var shards = string.Concat(Text(SearchIndexBuilder.Build(Sample)).Where(f => f.Key.StartsWith("search/t/", StringComparison.Ordinal)).Select(f => f.Value));
        // "reversal" is in the title of document 0 only: title set "B" (gap 1), nothing else.
        Assert.Contains("\"reversal\",\"B\"", shards, StringComparison.Ordinal);
        // "lucchi" is an author of document 1: empty title set, then authors {1} = "C".
        Assert.Contains("\"lucchi\",\",C\"", shards, StringComparison.Ordinal);
        Assert.Contains("\"aurelien\",\",C\"", shards, StringComparison.Ordinal);
        Assert.Contains("\"unet\",\"C\"", shards, StringComparison.Ordinal);
        // "cl" is the topic of documents 0 and 2 (gaps 1, 2).
        Assert.Contains("\"cl\",\",,BC\"", shards, StringComparison.Ordinal);
    }

    [Fact]
    public void Term_shards_are_ordered_by_family_key_and_never_cut_a_family()
    {
        var words = new[] { "transformer", "transformers", "transformation", "transform", "transit", "translation", "translations", "colour", "colours", "color", "coloring" };
        var docs = words.Select((w, i) => Doc("d" + i, "On " + w, @abstract: string.Join(' ', Enumerable.Range(0, 40).Select(k => w + "x" + k)))).ToList();
        var files = SearchIndexBuilder.Build(docs, SearchIndexOptions.Default with { TermShardBudget = 300 });
        var shards = Text(files).Where(f => f.Key.StartsWith("search/t/", StringComparison.Ordinal))
            .OrderBy(f => int.Parse(f.Key["search/t/".Length..^".js".Length], System.Globalization.CultureInfo.InvariantCulture))
            .Select(f => Regex.Matches(f.Value, "\"([^\"]*)\",\"[^\"]*\"").Select(m => m.Groups[1].Value).ToList()).ToList();
        Assert.True(shards.Count > 5);
        var all = shards.SelectMany(s => s).ToList();
        var keys = all.Select(SearchTermKey.Of).ToList();
        Assert.Equal(all.Select((t, i) => (keys[i], t)).Order().Select(p => p.t), all);
        foreach (var family in new[] { "transform", "translat", "color" })
            Assert.Single(shards, s => s.Any(t => SearchTermKey.Of(t) == family));
        Assert.Equal(4, all.Count(t => SearchTermKey.Of(t) == "color"));
    }

    [Fact]
    public void The_ends_index_holds_every_term_of_four_or_more_letters_reversed_in_order()
    {
        var files = Text(SearchIndexBuilder.Build(Sample));
        var terms = files.Where(f => f.Key.StartsWith("search/t/", StringComparison.Ordinal))
            .SelectMany(f => Regex.Matches(f.Value, "\"([^\"]*)\",\"[^\"]*\"").Select(m => m.Groups[1].Value)).ToList();
        var ends = files.Where(f => f.Key.StartsWith("search/e/", StringComparison.Ordinal)).OrderBy(f => int.Parse(f.Key["search/e/".Length..^".js".Length], System.Globalization.CultureInfo.InvariantCulture))
            .SelectMany(f => Regex.Matches(f.Value, "\"([^\"]*)\"").Skip(1).Select(m => m.Groups[1].Value)).ToList(); // skip the load call's name

        Assert.Contains("lasrever", ends); // "reversal"
        Assert.Contains("ihccul", ends); // "lucchi"
        Assert.DoesNotContain("ten", ends); // "net": too short for a typo to be looked for
        Assert.Equal(ends.Order(StringComparer.Ordinal), ends);
        Assert.Equal(terms.Where(t => t.Length >= 4).Select(t => new string(t.Reverse().ToArray())).Order(StringComparer.Ordinal), ends);
        Assert.Contains("\"e\":[\"\"]", files["search/entry.js"], StringComparison.Ordinal); // one shard, keyed ""
    }

    [Fact]
    public void No_documents_give_an_entry_and_nothing_else()
    {
        var files = Text(SearchIndexBuilder.Build([]));
        Assert.Equal(["search/entry.js"], files.Keys); // and the engine
        Assert.Contains("\"n\":0", files["search/entry.js"], StringComparison.Ordinal);
        Assert.Contains("\"t\":[]", files["search/entry.js"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_documents_in_any_order_give_the_same_bytes()
    {
        var a = SearchIndexBuilder.Build(Sample);
        var b = SearchIndexBuilder.Build([.. Sample.Reverse()]);
        Assert.Equal(a.Select(f => f.Path), b.Select(f => f.Path));
        Assert.All(a.Zip(b), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }

    [Fact]
    public void Hostile_titles_stay_inert_data_inside_the_scripts()
    {
        const string hostile = "</script><script>alert(1)</script><!-- \u2028 \"quoted\" \\ & done";
        var files = Text(SearchIndexBuilder.Build([Doc("x", hostile, authors: [hostile], topics: [hostile], @abstract: hostile)]));
        foreach (var text in files.Values)
        {
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
            Assert.DoesNotContain(">", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u2028", text, StringComparison.Ordinal);
            Assert.Matches(LoadCall(), text);
        }
        Assert.Contains(@"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\u003c!-- \u2028 \""quoted\"" \\ \u0026 done", files["search/d/0.js"], StringComparison.Ordinal);
    }

    [Fact]
    public void Snippets_are_cut_at_a_word_boundary()
    {
        var snippet = SearchIndexBuilder.Snippet(string.Join(' ', Enumerable.Repeat("word", 100)), 22);
        Assert.Equal("word word word word…", snippet);
        Assert.Equal("short  text".Replace("  ", " ", StringComparison.Ordinal), SearchIndexBuilder.Snippet("short \n text", 200));
    }

    [Fact]
    public void A_large_corpus_keeps_every_file_under_256_KB_and_the_file_count_bounded()
    {
        var random = new Random(3);
        var words = Enumerable.Range(0, 4000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[(int)Math.Min(words.Length - 1, Math.Abs(random.NextDouble() * random.NextDouble() * words.Length))]));
        var docs = Enumerable.Range(0, 5000).Select(i => Doc("p" + i, Words(10), $"{2000 + (i % 25)}-01-01",
            ["Author " + (i % 300), "Other " + (i % 77)], ["T" + (i % 12)], Words(180))).ToList();
        var files = SearchIndexBuilder.Build(docs);
        Assert.All(files, f => Assert.True(f.Content.Length <= 256 * 1024, f.Path));
        var shards = files.Count(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal));
        Assert.True(shards > 1);
        Assert.All(files.Where(f => f.Path.StartsWith("search/d/", StringComparison.Ordinal)),
            f => Assert.True(f.Content.Length < 16 * 1024, f.Path));
    }

    // One call with one string literal and one literal argument; no other statement.
    [GeneratedRegex(@"^SiteGenSearch\.load\(""[a-z]+(/[0-9]+)?"",[\[\{""].*\);\n$", RegexOptions.Singleline)]
    private static partial Regex LoadCall();
}
