using System.Diagnostics;

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
            Count = count?.Invoke(result),
        };
        _timings.Add(timing);
        onStageEnd?.Invoke(timing);
        return result;
    }
}
