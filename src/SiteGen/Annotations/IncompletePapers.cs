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
            diagnostics.Warning(paper.Sources[0], $"'{Short(paper.Title)}': {Describe(paper)}");
    }

    /// <summary>
    /// What the paper lacks and how to complete it: "no author names and no date; kept as a
    /// paper: set authors and date in input/papers/x.md".
    /// </summary>
    public static string Describe(Paper paper)
    {
        var problems = new List<string>();
        var fields = new List<string>();
        if (paper.Gaps.HasFlag(EntryGaps.GuessedTitle))
        {
            var authors = paper.Authors.Count > 0 ? string.Join(", ", paper.Authors.Select(a => a.Name.Display)) : "none";
            problems.Add($"title and authors told apart by a guess (authors read as: {authors})");
            fields.Add("title and authors (the title alone confirms a right guess)");
        }
        if (paper.Gaps.HasFlag(EntryGaps.NoAuthors))
        {
            problems.Add("no author names");
            fields.Add("authors");
        }
        if (paper.Gaps.HasFlag(EntryGaps.NoDate))
        {
            problems.Add("no date (cited as n.d.)");
            fields.Add("date");
        }
        return $"{string.Join(" and ", problems)}; kept as a paper: set {string.Join(" and ", fields)} in input/papers/{paper.Slug}.md";
    }

    private static string Short(string title) => title.Length > 80 ? title[..77] + "..." : title;
}
