using SiteGen.Rendering;

namespace SiteGen.Pages;

// View models the theme's templates read. Every Href is already relative to the page
// being rendered; every string is plain text the template escapes, except properties
// named *Html, which SiteGen rendered itself.

public sealed record LinkView(string Text, string Href);

public sealed record AuthorLinkView(string Name, string Href, bool IsMember);

/// <summary>
/// A paper in a list: enough to recognise it and click through. Every field follows from the
/// paper and the page's depth, and so does <see cref="Href"/>: it identifies the view, and a
/// partial that reads only the item renders it once per build (<see cref="ICachedView"/>).
/// </summary>
public sealed record PaperItemView(
    string Title,
    string Href,
    IReadOnlyList<AuthorLinkView> Authors,
    string? AuthorsNote,
    string DateText,
    string DateIso,
    IReadOnlyList<LinkView> Topics,
    bool HasCode,
    int? Upvotes,
    bool Featured,
    string? TitleLang = null) : ICachedView
{
    string ICachedView.CacheKey => Href;
}

public sealed record PaperGroupView(string Heading, string Id, IReadOnlyList<PaperItemView> Papers);

public sealed record PageNumberView(int Number, string Href, bool Current);

public sealed record PaginationView(LinkView? Prev, LinkView? Next, IReadOnlyList<PageNumberView> Pages)
{
    public bool HasPages => Pages.Count > 1;
}

/// <summary>Content of a paper's page.</summary>
public sealed record PaperPageView(
    string Title,
    IReadOnlyList<AuthorLinkView> Authors,
    string? AuthorsNote,
    string DateText,
    string DateIso,
    IReadOnlyList<LinkView> Topics,
    bool HasCode,
    int? Upvotes,
    bool Featured,
    TrustedHtml BodyHtml,
    IReadOnlyList<LinkView> Links,
    IReadOnlyList<string> Affiliations,
    string Bibtex,
    string PlainCitation,
    LinkView? Prev,
    LinkView? Next,
    IReadOnlyList<PaperItemView> Related,
    IReadOnlyList<string> Sources,
    PublicationView? Publication = null,
    string? TitleLang = null,
    string? AbstractLang = null,
    TrustedHtml? AbstractHtml = null,
    TrustedHtml? NotesHtml = null);

/// <summary>Where a paper was published and its identifiers, for papers imported from bibliographies.</summary>
public sealed record PublicationView(string? Venue, LinkView? Doi, LinkView? Arxiv);

/// <summary>Content of a paginated list page (all papers, a topic, a year, an author).</summary>
public sealed record ListPageView(
    string Heading,
    string? Subheading,
    int Total,
    IReadOnlyList<PaperGroupView> Groups,
    PaginationView Pagination,
    AuthorDetailsView? Author,
    IReadOnlyList<LinkView> YearLinks)
{
    public string CountText => Total == 1 ? "1 paper" : $"{Total} papers";
}

public sealed record CoAuthorView(string Name, string Href, int Count, bool IsMember);

public sealed record AuthorDetailsView(bool IsMember, string? Homepage, IReadOnlyList<string> OtherSpellings, IReadOnlyList<CoAuthorView> CoAuthors);

public sealed record AuthorEntryView(string Name, string SortName, string Href, int Count, bool IsMember);

public sealed record LetterGroupView(string Letter, string Id, IReadOnlyList<AuthorEntryView> Authors);

public sealed record AuthorIndexView(int Total, IReadOnlyList<AuthorEntryView> Members, IReadOnlyList<LetterGroupView> Letters, IReadOnlyList<LinkView> LetterLinks);

/// <param name="CodeName">The arXiv name of <paramref name="Code"/> ("Computer Vision and Pattern Recognition" for CV), where it has one.</param>
public sealed record TopicEntryView(string Name, string? Code, string Href, int Count)
{
    public string? CodeName => Code is null ? null : Topics.ArxivCategories.NameOf(Code);
}

public sealed record TopicIndexView(int Total, IReadOnlyList<TopicEntryView> Topics);

public sealed record MonthEntryView(string Name, int Count, string Href);

public sealed record YearEntryView(string Label, string Href, int Count, IReadOnlyList<MonthEntryView> Months);

public sealed record YearIndexView(int Total, IReadOnlyList<YearEntryView> Years);

public sealed record HomeView(
    string Title,
    TrustedHtml IntroHtml,
    int PaperCount,
    int AuthorCount,
    int TopicCount,
    int YearCount,
    IReadOnlyList<PaperItemView> Featured,
    IReadOnlyList<PaperItemView> Recent,
    IReadOnlyList<TopicEntryView> TopTopics,
    string AllPapersHref,
    string AuthorsHref,
    string TopicsHref,
    string YearsHref);

public sealed record RedirectView(string Target, string Title);

public sealed record NotFoundView(string HomeHref, string SearchHref);
