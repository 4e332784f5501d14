using System.Globalization;

namespace SiteGen.Bench.Corpus;

/// <summary>
/// A sentence with TeX formulas, as arXiv abstracts write them, for the share of abstracts <c>--math</c>
/// asks for: forms taken from the shipped abstracts with random numbers and letters, so most formulas
/// are distinct (the build converts each distinct formula once) and the cost measured is not the cache's.
/// </summary>
internal static class MathSentences
{
    private static readonly Func<Random, string>[] Forms =
    [
        r => $@"$\mathcal{{O}}(10^{r.Next(2, 6)}) - \mathcal{{O}}(10^{r.Next(6, 9)})$",
        r => $@"${{\sim}}{r.Next(2, 99)}\times$",
        r => $@"$\sum_{{i=1}}^{{{Letter(r)}}} x_i^{{{r.Next(2, 5)}}}$",
        r => $@"$\frac{{{r.Next(1, 9)}}}{{\sqrt{{{Letter(r)}}}}}$",
        r => $@"$\alpha = 0.{r.Next(1, 999)}$",
        r => $@"${Letter(r)} \times {Letter(r)}$",
        r => $@"$\langle {Letter(r)}_{r.Next(1, 9)} \rangle$",
        r => $@"$x'(t) = {Letter(r)}x(t) + Bu(t)$",
        r => $@"$\|\theta\|_{r.Next(1, 3)} \leq {r.Next(1, 50)}$",
        r => $@"top-${Letter(r)}$",
        r => $@"$\mathbb{{R}}^{{{r.Next(2, 4096)}}}$",
        r => $@"$p(y \mid x) \propto \exp(-\beta E_{{{r.Next(1, 9)}}})$",
    ];

    public static string Next(Random random) => string.Create(CultureInfo.InvariantCulture,
        $"We bound the error by {Forms[random.Next(Forms.Length)](random)} for inputs of size {Forms[random.Next(Forms.Length)](random)}.");

    private static char Letter(Random r) => "NMKLnkpqd"[r.Next(9)];
}
