using SiteGen.Model;

namespace SiteGen.Citation;

/// <summary>
/// A work as the citation writers see it: a paper of the site (<see cref="Of(Paper, Catalog?, string?)"/>)
/// or one parsed entry (<see cref="Of(PaperRecord)"/>). The BibTeX, CSL-JSON and RIS writers and the
/// plain citation all read this, so they cite the same fields the same way.
/// </summary>
public sealed record Reference
{
    public required string Title { get; init; }

    /// <summary>Names as the source (or the user's correction) writes them.</summary>
    public IReadOnlyList<PersonName> Authors { get; init; } = [];

    public bool AuthorsTruncated { get; init; }

    /// <summary>The names are an edited volume's editors (the source names no authors).</summary>
    public bool AuthorsAreEditors { get; init; }

    /// <summary>The organisation a daily page credits where it names nobody.</summary>
    public string? Organisation { get; init; }

    /// <summary>How many authors a daily page counts where it names nobody.</summary>
    public int? AuthorCount { get; init; }

    public PartialDate Date { get; init; } = PartialDate.Unknown;

    public string? Venue { get; init; }

    public string Abstract { get; init; } = "";

    /// <summary>Entry type, citation keys, DOI, arXiv id, URL, editors, volume, pages, publisher, ...</summary>
    public Bibliographic Bibliographic { get; init; } = Bibliographic.None;

    /// <summary>Links by kind ("pdf", "code", "slides"), the user's corrections included.</summary>
    public IReadOnlyDictionary<string, string> Links { get; init; } = new Dictionary<string, string>();

    /// <summary>The site's topics of a paper; an entry's own keywords (the source's are in <see cref="Bibliographic"/>).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Listing category codes ("LG").</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public bool Featured { get; init; }

    /// <summary>A listing marks code without linking it.</summary>
    public bool HasCode { get; init; }

    /// <summary>The paper page's absolute URL (with a base URL): cited where the paper has no URL of its own.</summary>
    public string? PageUrl { get; init; }

    /// <summary>The key a site gives this work when its own is another work's too (<see cref="UniqueCitationKeys"/>).</summary>
    public string? UniqueKey { get; init; }

    /// <summary>The source's first citation key, else one made from author, year and title ("falck2024implicit").</summary>
    public string CitationKey => UniqueKey ?? (Bibliographic.CitationKeys.Count > 0 ? Bibliographic.CitationKeys[0] : MadeKey);

    /// <summary><see cref="CitationKey"/> of <paramref name="paper"/>'s reference, without making the reference.</summary>
    public static string KeyOf(Paper paper) => paper.Bibliographic.CitationKeys.Count > 0
        ? paper.Bibliographic.CitationKeys[0]
        : Citation.CitationKey.For(paper.Authors.Count > 0 ? paper.Authors[0].Name.Family : null, paper.Date.Year, paper.Title);

    /// <summary>The key made from author, year and title, for works their source gives none.</summary>
    public string MadeKey => Citation.CitationKey.For(Authors.Count > 0 ? Authors[0].Family : null, Date.Year, Title);

    /// <param name="catalog">Names the paper's topics, its keywords; without it the keywords are the source's.</param>
    public static Reference Of(Paper paper, Catalog? catalog = null, string? pageUrl = null) => new()
    {
        Title = paper.Title,
        Authors = paper.Authors.Select(a => a.Name).ToList(),
        AuthorsTruncated = paper.AuthorsTruncated,
        AuthorsAreEditors = paper.AuthorsAreEditors,
        Organisation = paper.Organisation,
        AuthorCount = paper.AuthorCount,
        Date = paper.Date,
        Venue = paper.Venue,
        Abstract = paper.Abstract,
        Bibliographic = paper.Bibliographic,
        Links = paper.Links,
        Keywords = catalog is null ? paper.Bibliographic.Keywords : paper.TopicIds.Select(id => catalog.Topics[id].Name).ToList(),
        Categories = paper.Categories,
        Featured = paper.Featured,
        HasCode = paper.HasCode && !paper.Links.ContainsKey("code"),
        PageUrl = pageUrl,
    };

    public static Reference Of(PaperRecord record) => new()
    {
        Title = record.Title,
        Authors = record.Authors,
        AuthorsTruncated = record.AuthorsTruncated,
        AuthorsAreEditors = record.AuthorsAreEditors,
        Organisation = record.Organisation,
        AuthorCount = record.AuthorCount,
        Date = record.Date,
        Venue = record.Venue,
        Abstract = record.Abstract,
        Bibliographic = record.Bibliographic,
        Links = record.Bibliographic.Links,
        Keywords = record.Bibliographic.Keywords,
        Categories = record.Category is { } category ? [category] : [],
        Featured = record.Bibliographic.Selected,
        HasCode = record.HasCode && !record.Bibliographic.Links.ContainsKey("code"),
        PageUrl = null,
    };
}
