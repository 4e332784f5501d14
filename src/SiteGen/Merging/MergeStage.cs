using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Topics;

namespace SiteGen.Merging;

/// <summary>
/// Parsed records → catalog, in two steps a build runs apart (slugs and the user's corrections
/// come between): <see cref="Group"/> makes one paper per folded title or site.yml merge
/// (<see cref="PaperDeduplicator"/>); <see cref="Resolve"/> puts the papers in site order and
/// finds one author per person (<see cref="AuthorIdentityResolver"/>) and the topics
/// (<see cref="TopicCatalogBuilder"/>). The result does not depend on the order the listings
/// were read in.
/// </summary>
public static class MergeStage
{
    public static Catalog Run(IReadOnlyList<ParsedListing> listings, SiteConfig config, DiagnosticBag diagnostics) =>
        Merge(listings, config, diagnostics).Catalog;

    internal static MergeResult Merge(IReadOnlyList<ParsedListing> listings, SiteConfig config, DiagnosticBag diagnostics) =>
        Resolve(Group(listings.SelectMany(l => l.Records), config, diagnostics), config, diagnostics);

    /// <summary>One draft per paper: every field merged but the authors' identities and the topics.</summary>
    internal static IReadOnlyList<PaperDraft> Group(IEnumerable<PaperRecord> records, SiteConfig config, DiagnosticBag diagnostics) =>
        PaperDeduplicator.Merge(records, config.Papers, diagnostics);

    /// <summary>Drafts → catalog in site order, with authors and topics resolved.</summary>
    internal static MergeResult Resolve(IReadOnlyList<PaperDraft> drafts, SiteConfig config, DiagnosticBag diagnostics)
    {
        drafts = PaperOrder.Sort(drafts, d => d.Paper).ToList();
        var authors = AuthorIdentityResolver.Resolve(
            drafts.Select(d => d.AuthorNames).ToList(),
            drafts.Select(d => d.ListOwners).ToList(),
            config.Authors,
            diagnostics);
        var topics = new TopicCatalogBuilder(config.Topics, diagnostics);

        var topicIds = topics.TopicIdsFor([.. drafts.Select(d => d.Paper)]);
        var papers = drafts.Select((d, i) => d.Paper with
        {
            Authors = d.AuthorNames.Select(n => new AuthorCredit(authors.IdOf(n), n)).ToList(),
            TopicIds = topicIds[i],
        }).ToList();
        return new MergeResult(new Catalog(papers, authors.Authors, topics.Topics), authors);
    }
}

/// <summary>The catalog and the identity decisions behind it, for <see cref="IdentityReport"/>.</summary>
internal sealed record MergeResult(Catalog Catalog, AuthorResolution Authors);
