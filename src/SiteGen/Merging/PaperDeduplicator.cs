using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Merging;

/// <summary>
/// One paper per folded title (<see cref="TextFolding.Key"/>: case, punctuation, diacritics
/// and spacing ignored). Each field comes from the richest record that has it, and every
/// record's position is kept in <see cref="Paper.Sources"/>. Titles that are only similar
/// are not merged here: <see cref="NearDuplicateFinder"/> reports them for a human to judge.
/// </summary>
internal static class PaperDeduplicator
{
    /// <param name="diagnostics">Where merges of records with different abstracts are reported (<see cref="AbstractConflicts"/>).</param>
    public static IReadOnlyList<PaperDraft> Merge(IEnumerable<PaperRecord> records, DiagnosticBag diagnostics) =>
        records
            .GroupBy(r => TextFolding.Key(r.Title), StringComparer.Ordinal)
            .Select(g => Merge(g.Key, g.OrderBy(r => r.Source.File, StringComparer.Ordinal).ThenBy(r => r.Source.Line).ToList(), diagnostics))
            .ToList();

    /// <param name="records">Records of one paper in source order (file, line), so ties go to the first listed.</param>
    private static PaperDraft Merge(string key, IReadOnlyList<PaperRecord> records, DiagnosticBag diagnostics)
    {
        var withAbstract = records.MaxBy(r => r.Abstract.Length)!; // the first listed among the longest
        if (records.Count > 1) AbstractConflicts.Report(records, withAbstract, diagnostics);
        var named = records.Where(r => r.Authors.Count > 0)
            .OrderBy(r => r.AuthorsAreEditors) // the authors beat the editors of an edited volume
            .ThenBy(r => r.AuthorsTruncated) // a full list beats one cut at "et al."
            .ThenByDescending(r => r.Authors.Count)
            .FirstOrDefault();
        var titleSource = named ?? records[0];
        var paper = new Paper
        {
            Key = key,
            Title = titleSource.Title,
            AuthorCount = records.Max(r => r.AuthorCount),
            Organisation = records.Select(r => r.Organisation).FirstOrDefault(o => !string.IsNullOrWhiteSpace(o)),
            AuthorsTruncated = named?.AuthorsTruncated ?? false,
            AuthorsAreEditors = named?.AuthorsAreEditors ?? false,
            Affiliations = records.SelectMany(r => r.Affiliations).Distinct(StringComparer.Ordinal).ToList(),
            Date = BestDate(records),
            HasCode = records.Any(r => r.HasCode),
            Upvotes = records.Max(r => r.Upvotes),
            Score = records.Max(r => r.Score),
            Abstract = withAbstract.Abstract,
            Sources = records.Select(r => r.Source).ToList(),
        };
        paper = BibliographicMerge.Apply(paper, records) with
        {
            Categories = records.Select(r => r.Category).OfType<string>().Where(c => c.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
        var owners = records.Select(r => r.ListOwner).OfType<PersonName>().Distinct().ToList();
        return new PaperDraft(paper, named?.Authors ?? [], owners);
    }

    /// <summary>A written year beats an inferred one, which beats none; then the more precise date.</summary>
    private static PartialDate BestDate(IReadOnlyList<PaperRecord> records) =>
        records.Select(r => r.Date)
            .OrderByDescending(d => d.Year is null ? 0 : d.YearInferred ? 1 : 2)
            .ThenByDescending(d => (d.Month is null ? 0 : 1) + (d.Day is null ? 0 : 1))
            .First();
}
