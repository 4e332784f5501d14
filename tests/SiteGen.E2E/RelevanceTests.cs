using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.E2E.Support;
using Xunit.Abstractions;

namespace SiteGen.E2E;

/// <summary>
/// Relevance measured on a judged query set (Relevance/judged-queries.json: each query, the papers that should
/// come first, and why) over the shipped papers and a real bibliography, ranked by search/engine.js in Chromium
/// exactly as the search page ranks its first page of results. Recall@10 and MRR are deterministic (the ranking,
/// not the time), held to floors here and reported in docs/benchmarks.md; the per-query table is written to the
/// test output and to bench-results/relevance.md beside the test binaries.
/// </summary>
public sealed class RelevanceTests(RelevanceSiteFixture site, ITestOutputHelper output) : IClassFixture<RelevanceSiteFixture>
{
    // Measured: recall@10 0.988, MRR 1.000 (84 queries); before stemming (index format 1) 0.852 and 0.893.
    private const double RecallFloor = 0.97;
    private const double MrrFloor = 0.98;

    private sealed record Judged(string Query, string Kind, IReadOnlyList<string> Relevant, string Why);

    private static List<Judged> Queries()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RelevanceSiteFixture.Folder, "judged-queries.json")));
        return [.. json.RootElement.GetProperty("queries").EnumerateArray().Select(q => new Judged(
            q.GetProperty("query").GetString()!, q.GetProperty("kind").GetString()!,
            [.. q.GetProperty("relevant").EnumerateArray().Select(t => t.GetString()!)], q.GetProperty("why").GetString()!))];
    }

    [Fact]
    public async Task The_judged_queries_find_their_papers_first()
    {
        var queries = Queries();
        Assert.True(queries.Count >= 60, $"{queries.Count} judged queries");
        await using var session = await PageSession.OpenAsync(site.Browser);
        await session.OpenEngineAsync(site.Url(Mode.File, "search.html"));
        // Every title the judged set names is on the site: a renamed paper must not quietly lower the figures.
        var titles = await session.Page.EvaluateAsync<string[]>(@"async () => {
            const idx = SiteGenSearch.index(''); const e = await idx.ready();
            return (await idx.documents([...Array(e.n).keys()])).map(d => d.title); }");
        Assert.All(queries.SelectMany(q => q.Relevant), t => Assert.Contains(t, titles));

        var report = new StringBuilder();
        report.AppendLine("| query | kind | results | relevant in top 10 | first relevant at |").AppendLine("| --- | --- | ---: | ---: | ---: |");
        double recall = 0, mrr = 0;
        foreach (var q in queries)
        {
            var top = await session.Page.EvaluateAsync<JsonElement>(@"async q => {
                const idx = SiteGenSearch.index(''); const res = await idx.search(q);
                const docs = idx.rank(await idx.documents(res.ids.slice(0, 10)), res);
                return { total: res.ids.length, titles: docs.map(d => d.title) }; }", q.Query);
            var shown = top.GetProperty("titles").EnumerateArray().Select(t => t.GetString()!).ToList();
            var found = q.Relevant.Count(shown.Contains);
            var first = shown.FindIndex(q.Relevant.Contains);
            recall += (double)found / Math.Min(q.Relevant.Count, 10);
            mrr += first < 0 ? 0 : 1.0 / (first + 1);
            report.AppendLine(CultureInfo.InvariantCulture, $"| `{q.Query}` | {q.Kind} | {top.GetProperty("total").GetInt32()} | {found} of {q.Relevant.Count} | {(first < 0 ? "–" : (first + 1).ToString(CultureInfo.InvariantCulture))} |");
        }
        recall /= queries.Count;
        mrr /= queries.Count;
        var summary = string.Create(CultureInfo.InvariantCulture, $"{queries.Count} judged queries: recall@10 {recall:0.000}, MRR {mrr:0.000}");
        output.WriteLine(summary);
        output.WriteLine(report.ToString());
        var outDir = Path.Combine(AppContext.BaseDirectory, "bench-results");
        Directory.CreateDirectory(outDir);
        await File.WriteAllTextAsync(Path.Combine(outDir, "relevance.md"), summary + "\n\n" + report);

        Assert.True(recall >= RecallFloor, summary);
        Assert.True(mrr >= MrrFloor, summary);
        Assert.Empty(session.Errors);
    }
}
