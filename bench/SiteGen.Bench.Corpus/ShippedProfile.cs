using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;

namespace SiteGen.Bench.Corpus;

/// <summary>
/// Distributions measured from the shipped input/ (parsed with SiteGen itself), so a
/// generated corpus has the lengths, author counts, categories and rates real listings have.
/// Lists hold one observation per shipped entry; sampling one uniformly reproduces the empirical distribution.
/// </summary>
internal sealed record ShippedProfile(
    IReadOnlyList<int> TitleWordCounts,
    IReadOnlyList<int> AbstractWordCounts,
    IReadOnlyList<int> AuthorCounts,
    IReadOnlyList<string> Categories,
    IReadOnlyList<IReadOnlyList<string>> AffiliationSets,
    double AffiliationRate,
    double CodeRate,
    double ScoreRate,
    IReadOnlyList<double> Scores,
    IReadOnlyList<string> Organisations,
    double OrganisationRate,
    double UpvoteRate,
    IReadOnlyList<int> Upvotes,
    IReadOnlyList<string> TitleWords,
    IReadOnlyList<string> Abstracts,
    IReadOnlyList<PersonName> Names)
{
    public static ShippedProfile Measure(string inputDir)
    {
        var diagnostics = new DiagnosticBag();
        var records = IngestPipeline.Run(inputDir, diagnostics).Records.ToList();
        if (records.Count == 0) throw new InvalidOperationException($"no entries parsed from {inputDir}");

        var category = records.Where(r => r.Format == ListingFormat.CategoryListing).ToList();
        var daily = records.Where(r => r.Format == ListingFormat.DailyPapers).ToList();
        var named = records.Where(r => r.Authors.Count > 0).ToList();

        return new ShippedProfile(
            TitleWordCounts: records.Select(r => Words(r.Title).Length).ToList(),
            AbstractWordCounts: records.Where(r => r.Abstract.Length > 0).Select(r => Words(r.Abstract).Length).ToList(),
            // A category listing cuts long author lists ("et al."), so its shown count understates; use lists and daily counts.
            AuthorCounts: records.Where(r => r.Format != ListingFormat.CategoryListing)
                .Select(r => r.AuthorCount ?? r.Authors.Count).Where(n => n > 0).ToList(),
            Categories: category.Select(r => r.Category!).ToList(),
            AffiliationSets: category.Where(r => r.Affiliations.Count > 0).Select(r => r.Affiliations).ToList(),
            AffiliationRate: Rate(category, r => r.Affiliations.Count > 0),
            CodeRate: Rate(category, r => r.HasCode),
            ScoreRate: Rate(category, r => r.Score is not null),
            Scores: category.Where(r => r.Score is not null).Select(r => r.Score!.Value).DefaultIfEmpty(50).ToList(),
            Organisations: daily.Where(r => r.Organisation is not null).Select(r => r.Organisation!).Distinct().ToList(),
            OrganisationRate: Rate(daily, r => r.Organisation is not null),
            UpvoteRate: Rate(daily, r => r.Upvotes is not null),
            Upvotes: daily.Where(r => r.Upvotes is not null).Select(r => r.Upvotes!.Value).DefaultIfEmpty(1).ToList(),
            TitleWords: records.SelectMany(r => Words(r.Title)).Where(IsPlainTitleWord).ToList(),
            Abstracts: records.Select(r => r.Abstract).Where(a => a.Length > 0).ToList(),
            Names: named.SelectMany(r => r.Authors).Distinct().ToList());
    }

    public static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static double Rate(List<PaperRecord> records, Func<PaperRecord, bool> predicate) =>
        records.Count == 0 ? 0 : (double)records.Count(predicate) / records.Count;

    /// <summary>
    /// Title words that keep generated titles parseable: no commas (the category format splits
    /// authors on ", ") and no brackets or quotes, which real titles have but the seam search does not need.
    /// </summary>
    private static bool IsPlainTitleWord(string word) =>
        word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || c is '-' or ':' or '?');
}
