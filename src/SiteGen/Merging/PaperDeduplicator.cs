using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Merging;

/// <summary>
/// One paper per folded title (<see cref="TextFolding.Key"/>: case, punctuation, diacritics
/// and spacing ignored), and one for titles site.yml's <c>papers.same</c> says are one paper.
/// Each field comes from the richest record that has it, and every record's position is kept
/// in <see cref="Paper.Sources"/>. Titles that are only similar are not merged here:
/// <see cref="NearDuplicateFinder"/> reports them for a human to judge.
/// </summary>
internal static class PaperDeduplicator
{
    public static IReadOnlyList<PaperDraft> Merge(IEnumerable<PaperRecord> records, PaperSettings settings, DiagnosticBag diagnostics)
    {
        var byTitle = records.GroupBy(r => TextFolding.Key(r.Title), StringComparer.Ordinal).ToList();
        var titles = new PaperTitleSettings(settings, byTitle.Select(g => g.Key).ToHashSet(StringComparer.Ordinal), diagnostics);
        return byTitle
            .GroupBy(g => titles.Primary(g.Key), StringComparer.Ordinal)
            .Select(paper => Merge(
                paper.Key,
                paper.Select(g => g.Key).Where(k => k != paper.Key).Order(StringComparer.Ordinal).ToList(),
                paper.SelectMany(g => g).OrderBy(r => r.Source.File, StringComparer.Ordinal).ThenBy(r => r.Source.Line).ToList(),
                diagnostics))
            .ToList();
    }

    /// <param name="mergedKeys">Keys of other titles site.yml merged into this paper.</param>
    /// <param name="records">Records of one paper in source order (file, line), so ties go to the first listed.</param>
    /// <param name="diagnostics">Where merges of records with different abstracts are reported (<see cref="AbstractConflicts"/>).</param>
    private static PaperDraft Merge(string key, IReadOnlyList<string> mergedKeys, IReadOnlyList<PaperRecord> records, DiagnosticBag diagnostics)
    {
        // The paper shows its own title (site.yml's first), spelled as its best-credited record writes it.
        var own = records.Where(r => TextFolding.Key(r.Title) == key).ToList();
        var withAbstract = AbstractChoice.Of(records);
        // Titles site.yml merged (papers.same) were merged on purpose: only same-key records can be a surprise.
        if (own.Count > 1) AbstractConflicts.Report(own, AbstractChoice.Of(own), diagnostics);
        var named = Named(records);
        var titleSource = Named(own) ?? own[0];
        var paper = new Paper
        {
            Key = key,
            MergedKeys = mergedKeys,
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
        return new PaperDraft(paper with { Gaps = Gaps(paper, records, titleSource) }, named?.Authors ?? [], owners)
        {
            EntryAbstracts = records.Count > 1 ? records.Select(r => r.Abstract).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList() : [],
        };
    }

    private static PaperRecord? Named(IEnumerable<PaperRecord> records) =>
        records.Where(r => r.Authors.Count > 0)
            .OrderBy(r => r.AuthorsAreEditors) // the authors beat the editors of an edited volume
            .ThenBy(r => r.AuthorsTruncated) // a full list beats one cut at "et al."
            .ThenByDescending(r => r.Authors.Count)
            .FirstOrDefault();

    /// <summary>What an entry lacked and no other record of the paper gave; a guessed title counts only if the paper shows it.</summary>
    private static EntryGaps Gaps(Paper paper, IReadOnlyList<PaperRecord> records, PaperRecord titleSource)
    {
        var gaps = records.Aggregate(EntryGaps.None, (g, r) => g | r.Gaps) & ~EntryGaps.GuessedTitle | titleSource.Gaps & EntryGaps.GuessedTitle;
        if (paper.Date.Year is not null) gaps &= ~EntryGaps.NoDate;
        if (records.Any(r => r.Authors.Count > 0) || paper.AuthorCount is not null || paper.Organisation is not null) gaps &= ~EntryGaps.NoAuthors;
        return gaps;
    }

    /// <summary>A written year beats an inferred one, which beats none; then the more precise date.</summary>
    private static PartialDate BestDate(IReadOnlyList<PaperRecord> records) =>
        records.Select(r => r.Date)
            .OrderByDescending(d => d.Year is null ? 0 : d.YearInferred ? 1 : 2)
            .ThenByDescending(d => (d.Month is null ? 0 : 1) + (d.Day is null ? 0 : 1))
            .First();
}
