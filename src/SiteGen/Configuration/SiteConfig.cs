namespace SiteGen.Configuration;

/// <summary>
/// Site settings from <c>input/site.yml</c>. Every setting has a default so a missing
/// or empty file builds a working site.
/// </summary>
public sealed record SiteConfig
{
    public static readonly SiteConfig Default = new();

    public string Title { get; init; } = "Publications";

    /// <summary>Intro text for the home page (Markdown).</summary>
    public string Description { get; init; } = "";

    /// <summary>Absolute URL the site is published at, for canonical links, feeds and the sitemap. Empty: none emitted.</summary>
    public string BaseUrl { get; init; } = "";

    public string Language { get; init; } = "en";

    /// <summary>Output folder, relative to the project folder (the parent of input/).</summary>
    public string Output { get; init; } = "output";

    /// <summary>Entries per page on paginated lists.</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>Number of papers in the Atom feed.</summary>
    public int FeedSize { get; init; } = 30;

    /// <summary>Year for dates written without one, in every listing; overrides the page-year rule.</summary>
    public int? ListingYear { get; init; }

    /// <summary>Per-file overrides of <see cref="ListingYear"/>, keyed by file name, each with where site.yml sets it.</summary>
    public IReadOnlyDictionary<string, PinnedYear> ListingYears { get; init; } = new Dictionary<string, PinnedYear>();

    /// <summary>Who is who: aliases, names kept apart, group members.</summary>
    public AuthorSettings Authors { get; init; } = AuthorSettings.Default;

    /// <summary>Which entries are one paper, and which similar titles are not.</summary>
    public PaperSettings Papers { get; init; } = PaperSettings.Default;

    /// <summary>Topic taxonomy and how many topics a paper gets.</summary>
    public TopicSettings Topics { get; init; } = TopicSettings.Default;

    /// <summary>The year to give yearless dates in <paramref name="fileName"/>, if pinned by the user.</summary>
    public int? PinnedYearFor(string fileName) =>
        ListingYears.TryGetValue(fileName, out var y) ? y.Year : ListingYear;
}

/// <summary>A year site.yml gives one listing's yearless dates, and the line that says so.</summary>
public sealed record PinnedYear(int Year, Model.SourceLocation At);
