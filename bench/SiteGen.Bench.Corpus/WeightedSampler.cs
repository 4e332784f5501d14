namespace SiteGen.Bench.Corpus;

/// <summary>Draws indexes 0..n-1 with given weights, by binary search over the cumulative weights.</summary>
internal sealed class WeightedSampler
{
    private readonly double[] _cumulative;

    public WeightedSampler(IEnumerable<double> weights)
    {
        _cumulative = weights.ToArray();
        for (var i = 1; i < _cumulative.Length; i++) _cumulative[i] += _cumulative[i - 1];
    }

    /// <summary>
    /// Zipf–Mandelbrot ranks: weight 1/(rank+1+offset)^exponent. A few names get many papers
    /// and a long tail gets one or two, as in real bibliographies, so author pages vary a lot in size.
    /// </summary>
    public static WeightedSampler Zipf(int count, double exponent, double offset) =>
        new(Enumerable.Range(0, count).Select(r => 1.0 / Math.Pow(r + 1 + offset, exponent)));

    public int Next(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
    }
}
