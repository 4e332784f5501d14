using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Tex;

/// <summary>
/// The build's math stage: reads every abstract (<see cref="ReadableAbstract"/>, its formulas converted
/// once each, in parallel) before the pages need them, and reports each formula the converter could not
/// convert as an info at the paper's entry: the page shows its TeX source instead.
/// </summary>
public static class AbstractMath
{
    private const int FormulaAbstractsPerWorker = 200;

    /// <returns>The number of formulas in the abstracts.</returns>
    public static int Render(IReadOnlyList<Paper> papers, DiagnosticBag diagnostics)
    {
        // Each worker loads its own temml (about a second): a second one pays only for many formulas.
        var withTex = papers.Count(p => p.Abstract.AsSpan().IndexOfAny('$', '\\') >= 0);
        var workers = Math.Clamp(withTex / FormulaAbstractsPerWorker, 1, Environment.ProcessorCount);
        var made = papers.AsParallel().AsOrdered().WithDegreeOfParallelism(workers)
            .Select(p => (Paper: p, Abstract: ReadableAbstract.Of(p.Abstract))).ToList();
        foreach (var (paper, readable) in made)
        {
            if (readable.Unconverted.Count == 0 || paper.Sources.Count == 0) continue;
            foreach (var formula in readable.Unconverted)
                diagnostics.Info(paper.Sources[0], $"formula '{Short(formula.Tex)}' in the abstract of '{Short(paper.Title)}' is shown as TeX: {formula.Problem}");
        }
        return made.Sum(m => m.Abstract.Formulas);
    }

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > 80 ? line[..80] + "…" : line;
    }
}
