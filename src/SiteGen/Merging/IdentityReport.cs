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
    public static IdentityReport Create(IReadOnlyList<ParsedListing> listings, SiteConfig config, DiagnosticBag diagnostics)
    {
        var merge = MergeStage.Merge(listings, config, diagnostics);
        return new IdentityReport(
            merge.Catalog,
            NearDuplicateFinder.Find(merge.Catalog.Papers),
            merge.Authors.Unmerged,
            merge.Authors.MergedByEvidence);
    }

    /// <summary>Papers credited to the author a spelling belongs to.</summary>
    public int PaperCount(PersonName name) =>
        Catalog.Papers.Count(p => p.Authors.Any(a => a.Name == name));
}
