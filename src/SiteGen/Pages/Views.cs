using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Pages;

// View models the theme's templates read. Every Href is already relative to the page
// being rendered; every string is plain text the template escapes, except properties
// named *Html, which SiteGen rendered itself.

public sealed record LinkView(string Text, string Href);

public sealed record AuthorLinkView(string Name, string Href, bool IsMember);

/// <summary>
/// A paper in a list: enough to recognise it, open its links, read its abstract and copy its
/// BibTeX. Every field follows from the paper and the page's depth, and so does
/// <see cref="Href"/>: it identifies the view, and a partial that reads only the item renders it
/// once per build (<see cref="ICachedView"/>). Fields are computed when a template reads them,
/// so an item whose HTML was made already costs next to nothing.
/// </summary>
public sealed class PaperItemView : ICachedView
{
    private readonly Paper _paper;
    private readonly string _root;
    private readonly ViewFactory _views;

    internal PaperItemView(Paper paper, string root, ViewFactory views)
    {
        _paper = paper;
        _root = root;
        _views = views;
        Href = root + SitePaths.Paper(paper.Slug);
    }

    public string Title => _paper.Title;
    /// <summary>The title's language where it differs from the site's (its <c>lang</c>), else null.</summary>
    public string? TitleLang => _views.TitleLanguage(_paper);
    public string Href { get; }
    public IReadOnlyList<AuthorLinkView> Authors => _views.AuthorLinks(_paper, _root, ViewFactory.ListedAuthors);
    public string? AuthorsNote => ViewFactory.AuthorsNote(_paper, cut: _paper.Authors.Count > ViewFactory.ListedAuthors);
    public string DateText => ViewFactory.DateText(_paper.Date);
    public string DateIso => _paper.Date.ToIso();
    public IReadOnlyList<LinkView> Topics => _views.TopicLinks(_paper, _root);
    /// <summary>The listing says the paper has code but gives no address (with one, <see cref="Links"/> has a Code button).</summary>
    public bool HasCode => _paper.HasCode && !_paper.Links.ContainsKey("code");
    public int? Upvotes => _paper.Upvotes;
    public bool Featured => _paper.Featured;
    public string? Venue => _paper.Venue;
    public string? VenueAbbr => _paper.Bibliographic.VenueAbbreviation;

    /// <summary>"Preprint", "PhD thesis", ...; null for the ordinary kinds (journal articles, conference papers).</summary>
    public string? TypeLabel => PublicationType.Of(_paper) is { Labelled: true } type ? type.Name : null;

    public IReadOnlyList<LinkView> Links => PaperLinks.Of(_paper);
    public TrustedHtml AbstractHtml => ViewFactory.AbstractHtml(_paper);
    /// <summary>The abstract's language where it differs from the site's, else null.</summary>
    public string? AbstractLang => _views.AbstractLanguage(_paper);
    public string Bibtex => _views.Bibtex(_paper);

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
    PublicationView? Publication = null)
{
    /// <summary>The paper's entry as a .bib file.</summary>
    public string BibtexHref { get; init; } = "";

    /// <summary>"Preprint", "PhD thesis", ...; null for the ordinary kinds (journal articles, conference papers).</summary>
    public string? TypeLabel { get; init; }

    /// <summary>The venue's short name ("NeurIPS"), where the input gives one.</summary>
    public string? VenueAbbr { get; init; }

    /// <summary>The title's language where it differs from the site's (its <c>lang</c>), else null.</summary>
    public string? TitleLang { get; init; }

    /// <summary>The abstract's language where it differs from the site's, else null.</summary>
    public string? AbstractLang { get; init; }

    /// <summary>The abstract alone (<see cref="BodyHtml"/> is the abstract, then the notes), so it can carry <see cref="AbstractLang"/>.</summary>
    public TrustedHtml AbstractHtml { get; init; } = TrustedHtml.Empty;

    /// <summary>The notes from input/papers/&lt;slug&gt;.md under their heading, or empty.</summary>
    public TrustedHtml NotesHtml { get; init; } = TrustedHtml.Empty;
}

/// <summary>Where a paper was published and its identifiers, for papers imported from bibliographies.</summary>
/// <param name="Details">Volume, issue and pages as a citation writes them after the venue ("vol. 12, no. 3, pp. 101–125").</param>
/// <param name="Url">The paper's own landing page (its publisher's or project's).</param>
public sealed record PublicationView(string? Venue, LinkView? Doi, LinkView? Arxiv, string? Details = null, LinkView? Url = null);

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

    /// <summary>Lists of each kind of work (journal articles, preprints, theses, ...), when the site has more than one kind.</summary>
    public IReadOnlyList<CountedLinkView> TypeLinks { get; init; } = [];

    /// <summary>The list's papers as files: BibTeX (and, for all papers, CSL-JSON).</summary>
    public IReadOnlyList<LinkView> Downloads { get; init; } = [];
}

/// <summary>A link to a list of papers with its size; <see cref="Current"/> on the list being shown.</summary>
public sealed record CountedLinkView(string Text, string Href, int Count, bool Current);

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
    string YearsHref)
{
    /// <summary>All papers as files: BibTeX and CSL-JSON.</summary>
    public IReadOnlyList<LinkView> Downloads { get; init; } = [];
}

public sealed record RedirectView(string Target, string Title);

/// <summary>A member on the people page; <see cref="Href"/> is null for a member with no papers on the site.</summary>
public sealed record PersonView(string Name, string? Href, string? Role, string? Photo, string? Homepage, int PaperCount);

/// <summary>Content of people.html: site.yml's members, current and former.</summary>
public sealed record PeopleView(IReadOnlyList<PersonView> Current, IReadOnlyList<PersonView> Alumni);

public sealed record NotFoundView(string HomeHref, string SearchHref);
