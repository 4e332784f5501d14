using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;

namespace SiteGen.Merging;

/// <summary>
/// What <c>sitegen check</c> shows: identity decisions a human should confirm. Near-duplicate
/// papers and look-alike names are advice, not errors: the site builds either way.
/// </summary>
public sealed record IdentityReport(
    Catalog Catalog,
    IReadOnlyList<NearDuplicate> NearDuplicates,
    IReadOnlyList<NamePair> PossibleSamePeople,
    IReadOnlyList<NamePair> MergedByEvidence)
{
    public static IdentityReport Create(IReadOnlyList<ParsedListing> listings, SiteConfig config, DiagnosticBag diagnostics) =>
        Of(MergeStage.Merge(listings, config, diagnostics), config.Papers);

    /// <summary>The report on a merge; titles site.yml calls distinct are not near-duplicates.</summary>
    internal static IdentityReport Of(MergeResult merge, PaperSettings papers) =>
        new(merge.Catalog,
            NearDuplicateFinder.Find(merge.Catalog.Papers, distinct: PaperTitleSettings.DistinctPairs(papers)),
            merge.Authors.Unmerged,
            merge.Authors.MergedByEvidence);

    /// <summary>Papers credited to the author a spelling belongs to.</summary>
    public int PaperCount(PersonName name) =>
        Catalog.Papers.Count(p => p.Authors.Any(a => a.Name == name));
}
