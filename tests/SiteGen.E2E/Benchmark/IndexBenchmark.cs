using System.Diagnostics;
using System.Globalization;
using System.Text;
using SiteGen.E2E.Support;
using SiteGen.Search;
using Xunit.Abstractions;

namespace SiteGen.E2E.Benchmark;

/// <summary>
/// Measures the search index on a synthetic corpus (100,000 papers unless SITEGEN_BENCH_PAPERS says
/// otherwise) in Chromium from file://, against the targets of issue 4, and writes the figures to
/// the test output and to bench-results/search.md beside the test binaries. Run it alone with
/// <c>dotnet test tests/SiteGen.E2E --filter Category=Benchmark --logger "console;verbosity=detailed"</c>
/// (about two minutes; a quick run: SITEGEN_BENCH_PAPERS=10000).
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class IndexBenchmark(ITestOutputHelper output)
{
    private const int Kb = 1024;

    private static long GzipLength(ReadOnlyMemory<byte> content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            zip.Write(content.Span);
        return buffer.Length;
    }

    /// <param name="otherScripts">
    /// The share of Chinese and Japanese papers (issue 20): 0, the Latin-script site the targets are for; 0.2, a
    /// mixed corpus, measured and reported, its bytes held only to the limits on files.
    /// </param>
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.2)]
    public async Task Search_index_meets_the_size_and_speed_targets(double otherScripts)
    {
        var papers = int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_BENCH_PAPERS"), CultureInfo.InvariantCulture, out var n) ? n : 100_000;
        var mixed = otherScripts > 0;
        var corpus = new SyntheticCorpus(seed: 4, otherScripts: otherScripts);
        var documents = corpus.Documents(papers);
        var report = new StringBuilder();
        void Line(string s) { report.AppendLine(s); output.WriteLine(s); }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var files = SearchIndexBuilder.Build(documents);
        var buildMs = watch.ElapsedMilliseconds;
        var buildCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var size = files.ToDictionary(f => f.Path, f => (long)f.Content.Length);
        var total = size.Values.Sum();
        var abstracts = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Abstract));
        var largest = size.MaxBy(kv => kv.Value);
        // What an HTTP host that compresses (Netlify, GitHub Pages) would transfer; file:// reads raw bytes.
        var gzip = files.ToDictionary(f => f.Path, f => GzipLength(f.Content));
        long Sum(string prefix) => size.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(kv => kv.Value);
        int Count(string prefix) => size.Keys.Count(k => k.StartsWith(prefix, StringComparison.Ordinal));

        Line(mixed
            ? $"## Search index, {papers:N0} synthetic papers, {documents.Count(SyntheticCorpus.IsEastAsian):N0} of them in Chinese or Japanese"
            : $"## Search index, {papers:N0} synthetic papers");
        Line("");
        Line($"- build (C#, in memory): {buildMs:N0} ms wall, {buildCpuMs:N0} ms CPU; machine load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?")} on {Environment.ProcessorCount} cores");
        Line($"- whole index gzip-compressed: {gzip.Values.Sum() / Kb:N0} KB");
        Line($"- whole index: {total / Kb:N0} KB = {(double)total / abstracts:0.00}× the abstracts' raw text ({abstracts / Kb:N0} KB); target ≤ 1.5×");
        Line($"- files: {files.Count:N0} (term shards {Count("search/t/"):N0}, {Sum("search/t/") / Kb:N0} KB; display shards {Count("search/d/"):N0}, {Sum("search/d/") / Kb:N0} KB; topic sets {Count("search/f/"):N0}, {Sum("search/f/") / Kb:N0} KB); target < 5,000");
        Line($"- largest file: {largest.Key} {largest.Value / Kb:N0} KB; target ≤ 256 KB");
        var ui = SiteGen.Rendering.ScriptMinifier.Minify(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "search.js"))).Code!.Length;
        Line($"- entry.js: {size["search/entry.js"] / Kb:N0} KB; scripts as published: engine.js {size["search/engine.js"]:N0} B + the theme's search.js (UI) {ui:N0} B (target ≤ 30 KB together)");

        using var site = new FixtureSite(documents, paperPages: false);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        Line($"- browser: {browser.Version} (headless, file://)");
        Line("");
        Line("| query | results | first query, search page: index KB raw / gzip (files) | first query, dropdown: KB raw | + next term KB | cold page → results (file://, median of 3) | query once loaded |");
        Line("| --- | --- | --- | --- | --- | --- | --- |");
        // Query words come from real documents of the corpus, by frequency band, so the queries have answers.
        // (In the mixed corpus, from the nearest Latin-script document.)
        int Latin(int doc) => mixed ? Enumerable.Range(doc, papers - doc).First(i => !SyntheticCorpus.IsEastAsian(documents[i])) : doc;
        string[] WordsOf(int doc, int minRank, int maxRank) =>
        [
            .. (documents[Latin(doc)].Title + " " + documents[Latin(doc)].Abstract).ToLowerInvariant().Split(' ', '.')
                .Distinct().Where(w => corpus.RankOf(w) is var r && r >= minRank && r <= maxRank).OrderBy(corpus.RankOf),
        ];
        var d1 = WordsOf(papers / 7, 5_000, 60_000);
        var d2 = WordsOf(papers / 3, 300, 3_000);
        var d3 = WordsOf(papers / 2, 30, 100);
        var d3rare = WordsOf(papers / 2, 5_000, 60_000);
        var d4 = WordsOf(papers / 5, 1_000, 60_000);
        var family = documents[Latin(papers / 9)].Authors[0].Split(' ')[^1];
        var queries = new (string Label, string First, string Next)[]
        {
            ("rare + rare", $"{d1[^1]} {d1[^2]}", d1[0]),
            ("medium + medium", $"{d2[0]} {d2[1]}", d2[^1]),
            ("common + rare", $"{d3[0]} {d3rare[^1]}", d3rare[0]),
            ("common + common", $"{d3[0]} {d3[1]}", d3[^1]),
            ("one common word", d3[0], d3[1]),
            ("author + title word", $"{family} {WordsOf(papers / 9, 1_000, 60_000)[0]}", WordsOf(papers / 9, 300, 60_000)[^1]),
            ("stopword-led", $"the {d4[0]}", d4[^1]),
            ("prefix (typing)", d2[0][..3], d2[1][..4]),
            // Typos that sort each word into another term shard: the ends index is read too.
            ("first-letter typos", $"x{d2[0][1..]} {d2[1][1]}{d2[1][0]}{d2[1][2..]}", "q" + d2[^1]),
        };
        if (mixed)
        {
            // Four characters of a title and two of its abstract: three pairs, then one more.
            (string, string, string) Own(string label, int from, Func<string, bool> pick)
            {
                var d = documents.Skip(from).First(x => SyntheticCorpus.IsEastAsian(x) && pick(x.Title) && x.Title.Length >= 6);
                return (label, d.Title[2..6], d.Abstract[10..12]);
            }
            var named = documents.Skip(papers / 4).First(d => d.AuthorSpellings is { Count: > 0 } && !SyntheticCorpus.IsEastAsian(d));
            queries =
            [
                .. queries,
                Own("Chinese title words", papers / 6, t => !t.Any(c => c is >= '\u3040' and <= '\u30FF')),
                Own("Japanese title words", papers / 8, t => t.Any(c => c is >= '\u3040' and <= '\u30FF')),
                ("name by its Latin spelling", named.AuthorSpellings![0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], WordsOf(papers / 4, 300, 60_000)[^1]),
            ];
        }
        long worstFirst = 0, worstNext = 0, typoFirst = 0;
        double worstCold = 0, worstWarm = 0;
        foreach (var (label, first, next) in queries)
        {
            await using var session = await PageSession.OpenAsync(browser);
            var page = session.Page;
            // A trailing space ends the last word (no prefix expansion) except for the typing case.
            var typed = label.StartsWith("prefix", StringComparison.Ordinal) ? first : first + " ";
            await page.GotoAsync(site.FileUrl("search.html") + "?q=" + Uri.EscapeDataString(typed));
            await page.WaitForFunctionAsync("() => performance.getEntriesByName('sitegen-search-results').length > 0", null, new() { Timeout = 60_000 });
            var cold = await page.EvaluateAsync<double>("() => performance.getEntriesByName('sitegen-search-results')[0].startTime");
            // The machine is shared: report the median of three cold loads, each in a fresh browser context.
            var colds = new List<double> { cold };
            for (var k = 0; k < 2; k++)
            {
                await using var again = await PageSession.OpenAsync(browser);
                await again.Page.GotoAsync(site.FileUrl("search.html") + "?q=" + Uri.EscapeDataString(typed));
                await again.Page.WaitForFunctionAsync("() => performance.getEntriesByName('sitegen-search-results').length > 0", null, new() { Timeout = 60_000 });
                colds.Add(await again.Page.EvaluateAsync<double>("() => performance.getEntriesByName('sitegen-search-results')[0].startTime"));
            }
            cold = colds.Order().ElementAt(1);
            var results = await page.TextContentAsync(".search-page [data-search-status]");
            var firstFiles = await page.EvaluateAsync<string[]>("() => SiteGenSearch.loadedFiles()");
            var firstBytes = firstFiles.Sum(f => size["search/" + f + ".js"]);
            var firstGzip = firstFiles.Sum(f => gzip["search/" + f + ".js"]);

            var warm = await page.EvaluateAsync<double>(@"async q => {
                const idx = SiteGenSearch.index('');
                idx.sets = Object.create(null);          // decode again: time the whole query, not a cache hit
                const t0 = performance.now();
                await idx.search(q);
                return performance.now() - t0;
            }", first + " " + next);
            var allFiles = await page.EvaluateAsync<string[]>("() => SiteGenSearch.loadedFiles()");
            // Display data for the next page of results is not a term's cost: count the term's shards (and ends shards, for a typo) only.
            var nextBytes = allFiles.Except(firstFiles).Where(f => f.StartsWith("t/", StringComparison.Ordinal) || f.StartsWith("e/", StringComparison.Ordinal)).Sum(f => size["search/" + f + ".js"]);
            await page.EvaluateAsync("async q => { const idx = SiteGenSearch.index(''); idx.sets = Object.create(null); await idx.search(q); }", first + " " + next);
            var warm2 = await page.EvaluateAsync<double>(@"async q => {
                const idx = SiteGenSearch.index(''); idx.sets = Object.create(null);
                const t0 = performance.now(); await idx.search(q); return performance.now() - t0; }", first + " " + next);
            warm = Math.Min(warm, warm2);

            // The header box's dropdown (8 results, no snippets) on a fresh page.
            await using var dropdownSession = await PageSession.OpenAsync(browser);
            await dropdownSession.Page.GotoAsync(site.FileUrl("index.html"));
            await dropdownSession.Page.FillAsync("input[name=q]", typed);
            await dropdownSession.Page.WaitForSelectorAsync($"[data-search-results][data-query='{typed}']", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached, Timeout = 60_000 });
            var dropdownBytes = (await dropdownSession.Page.EvaluateAsync<string[]>("() => SiteGenSearch.loadedFiles()")).Sum(f => size["search/" + f + ".js"]);
            Assert.Empty(dropdownSession.Errors);

            // The targets are for words spelled right. A misspelled word costs its own shard (to learn it is
            // not there), ends shards and the shards of the words it may be: reported, held to a looser bound.
            if (label.Contains("typo", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("No results", results ?? "", StringComparison.OrdinalIgnoreCase);
                typoFirst = firstBytes;
            }
            else
            {
                worstFirst = Math.Max(worstFirst, firstBytes);
                worstNext = Math.Max(worstNext, nextBytes);
                worstCold = Math.Max(worstCold, cold);
                worstWarm = Math.Max(worstWarm, warm);
            }
            Line($"| {label}: `{first}` then `{next}` | {results} | {firstBytes / Kb:N0} / {firstGzip / Kb:N0} KB ({firstFiles.Length}) | {dropdownBytes / Kb:N0} KB | {nextBytes / Kb:N0} KB | {cold:N0} ms | {warm:N1} ms |");
            Assert.Empty(session.Errors);
        }
        Line("");
        Line($"Worst of the words spelled right: first query {worstFirst / Kb:N0} KB (target ≤ 150), next term {worstNext / Kb:N0} KB (target ≤ 60), cold {worstCold:N0} ms (target ≤ 300), loaded {worstWarm:N1} ms (target ≤ 50).");

        var outDir = Path.Combine(AppContext.BaseDirectory, "bench-results");
        Directory.CreateDirectory(outDir);
        await File.WriteAllTextAsync(Path.Combine(outDir, mixed ? "search-mixed.md" : "search.md"), report.ToString());
        Assert.True(files.Count < 5000, "file count");
        Assert.True(largest.Value <= 256 * Kb, "largest file");
        if (mixed) return;

        // Bytes are deterministic (seeded corpus): held to the targets. Times depend on the machine's load
        // (shared CI cores): reported, not asserted.
        Assert.True(worstFirst <= 150 * Kb, "first query bytes");
        Assert.True(worstNext <= 60 * Kb, "next term bytes");
        Assert.True(typoFirst <= 2 * 150 * Kb, "a first query of two misspelled words");
        Assert.True(total <= abstracts * 1.5, "total size");
    }
}
