using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Topics;

namespace SiteGen.Merging;

/// <summary>
/// Parsed records → catalog: one paper per folded title (<see cref="PaperDeduplicator"/>),
/// one author per person (<see cref="AuthorIdentityResolver"/>), topics from categories and
/// the taxonomy (<see cref="TopicCatalogBuilder"/>). The result does not depend on the order
/// the listings were read in.
/// </summary>
public static class MergeStage
{
    public static Catalog Run(IReadOnlyList<ParsedListing> listings, SiteConfig config, DiagnosticBag diagnostics) =>
        Merge(listings, config, diagnostics).Catalog;

    internal static MergeResult Merge(IReadOnlyList<ParsedListing> listings, SiteConfig config, DiagnosticBag diagnostics)
    {
        var drafts = PaperOrder.Sort(PaperDeduplicator.Merge(listings.SelectMany(l => l.Records), diagnostics), d => d.Paper).ToList();
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
