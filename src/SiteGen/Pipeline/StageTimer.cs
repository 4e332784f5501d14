using System.Diagnostics;

namespace SiteGen.Pipeline;

public sealed record StageTiming(string Stage, long Milliseconds);

/// <summary>Times each stage of a build for `--timings` and the benchmark harness.</summary>
public sealed class StageTimer
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        _timings.Add(new StageTiming(stage, watch.ElapsedMilliseconds));
        return result;
    }
}
