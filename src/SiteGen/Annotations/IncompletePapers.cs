using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Annotations;

/// <summary>
/// Reports each paper whose entry lacked authors or a date, or whose title was split from its
/// authors by a guess, once the user's corrections (input/papers/&lt;slug&gt;.md) are applied:
/// a gap the user filled is not reported again, so <c>--strict</c> can pass.
/// </summary>
public static class IncompletePapers
{
    public static void Report(IReadOnlyList<Paper> papers, DiagnosticBag diagnostics)
    {
        foreach (var paper in papers.Where(p => p.Gaps != EntryGaps.None))
            diagnostics.Warning(paper.Sources[0], $"'{Short(paper.Title)}': {Describe(paper)}; kept as a paper: correct it in input/papers/{paper.Slug}.md");
    }

    /// <summary>What the paper lacks, in words: "no author names and no date", "title and authors split by a guess (...)".</summary>
    public static string Describe(Paper paper)
    {
        var parts = new List<string>();
        if (paper.Gaps.HasFlag(EntryGaps.GuessedTitle))
        {
            var authors = paper.Authors.Count > 0 ? string.Join(", ", paper.Authors.Select(a => a.Name.Display)) : "none";
            parts.Add($"title and authors told apart by a guess (authors read as: {authors}); set title and authors");
        }
        var missing = new List<string>();
        if (paper.Gaps.HasFlag(EntryGaps.NoAuthors)) missing.Add("no author names");
        if (paper.Gaps.HasFlag(EntryGaps.NoDate)) missing.Add("no date (cited as n.d.)");
        if (missing.Count > 0) parts.Add(string.Join(" and ", missing) + $"; set {(missing.Count == 2 ? "authors and date" : paper.Gaps.HasFlag(EntryGaps.NoDate) ? "date" : "authors")}");
        return string.Join("; ", parts);
    }

    private static string Short(string title) => title.Length > 80 ? title[..77] + "..." : title;
}
