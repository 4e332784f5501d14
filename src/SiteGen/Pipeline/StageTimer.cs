using System.Diagnostics;
using SiteGen.Model;
using SiteGen.Permalinks;

namespace SiteGen.Pipeline;

/// <summary>How much a stage produced, for progress lines such as "parse 10,311 entries".</summary>
public readonly record struct StageCount(int Value, string Unit);

/// <summary>Wall time and the process's CPU time spent in one stage, and what it produced when that is countable.</summary>
public sealed record StageTiming(string Stage, long Milliseconds, long CpuMilliseconds)
{
    public StageCount? Count { get; init; }
}

/// <summary>
/// Times each stage of a build for `--timings` and the benchmark harness. CPU time is
/// recorded beside wall time because on a shared machine wall time mostly measures the
/// neighbours.
/// </summary>
public sealed class StageTimer(Action<string>? onStageStart = null, Action<StageTiming>? onStageEnd = null)
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> run, Func<T, StageCount>? count = null)
    {
        onStageStart?.Invoke(stage);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = run();
        process.Refresh();
        var timing = new StageTiming(stage, watch.ElapsedMilliseconds, (long)(process.TotalProcessorTime - cpu).TotalMilliseconds)
        {
            Count = count is not null ? count(result) : CountOf(result),
        };
        _timings.Add(timing);
        onStageEnd?.Invoke(timing);
        return result;
    }

    /// <summary>Times a stage that makes items for <paramref name="into"/>, counting what it added.</summary>
    public void TimeAdding<TItem>(string stage, List<TItem> into, Func<IEnumerable<TItem>> make, string unit) =>
        Time(stage, () =>
        {
            var before = into.Count;
            into.AddRange(make());
            return into.Count - before;
        }, added => new StageCount(added, unit));

    /// <summary>
    /// Counts for the catalog stages, which CatalogPipeline times without saying what they
    /// made: their result types do.
    /// </summary>
    private static StageCount? CountOf(object? result) => result switch
    {
        IngestResult ingest => new StageCount(ingest.Listings.Sum(l => l.Records.Count), "entries"),
        Catalog catalog => new StageCount(catalog.Papers.Count, "papers"),
        ValueTuple<IReadOnlyList<Paper>, PermalinkMap> assigned => new StageCount(assigned.Item1.Count, "papers"),
        IReadOnlyList<Paper> papers => new StageCount(papers.Count, "papers"),
        _ => null,
    };
}
