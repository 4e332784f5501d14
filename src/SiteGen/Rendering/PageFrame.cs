namespace SiteGen.Rendering;

/// <summary>What the base layout needs around every page's content.</summary>
public sealed record PageFrame
{
    /// <summary>Relative prefix from this page to the site root ("", "../", "../../").</summary>
    public required string Root { get; init; }

    public required SiteView Site { get; init; }

    /// <summary>The &lt;title&gt; (site title appended by the layout).</summary>
    public required string Title { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Absolute canonical URL, when site.yml gives a base URL.</summary>
    public string? Canonical { get; init; }

    /// <summary>Extra &lt;meta&gt; tags: Highwire citation_*, Open Graph.</summary>
    public IReadOnlyList<MetaTag> Meta { get; init; } = [];

    /// <summary>schema.org JSON-LD, already made safe for a script element.</summary>
    public TrustedHtml? JsonLd { get; init; }

    /// <summary>Where a redirect page sends the reader (meta refresh).</summary>
    public string? Refresh { get; init; }

    public string? RelPrev { get; init; }

    public string? RelNext { get; init; }

    /// <summary>Which main navigation entry is current ("papers", "authors", "topics", "years", "search").</summary>
    public string Section { get; init; } = "";

    public required AssetUrls Assets { get; init; }

    /// <summary>Set by <see cref="Theme.RenderPage"/>: writing it renders the content layout in place.</summary>
    public PageContent? Content { get; init; }

    /// <summary>Set by <see cref="Theme.RenderPage"/>: the content layout's name (a body class).</summary>
    public string Layout { get; init; } = "";

    public NavView Nav => new(Root, Section);

    /// <summary>"Page · Site", or just the site title on the home page.</summary>
    public string FullTitle => Title == Site.Title ? Title : $"{Title} · {Site.Title}";
}

public sealed record MetaTag(string? Name, string? Property, string Content);

public sealed record SiteView(string Title, string Language, string FeedHref, bool HasFeed)
{
    /// <summary>site.yml lists the group's members: there is a people page.</summary>
    public bool HasPeople { get; init; }
}

/// <summary>Relative URLs of the theme's fingerprinted assets from the current page.</summary>
public sealed record AssetUrls(string Css, string SearchCss, string SiteJs, string SearchJs, string Favicon);

/// <summary>Main navigation with the current section marked (for aria-current).</summary>
public sealed record NavView(string Root, string Section)
{
    public string Home => Root + Pages.SitePaths.Home;
    public string Papers => Root + Pages.SitePaths.AllPapers;
    public string Authors => Root + Pages.SitePaths.AuthorIndex;
    public string Topics => Root + Pages.SitePaths.TopicIndex;
    public string Years => Root + Pages.SitePaths.YearIndex;
    public string Search => Root + Pages.SitePaths.Search;
    public string People => Root + Pages.SitePaths.People;
    public bool IsPapers => Section == "papers";
    public bool IsAuthors => Section == "authors";
    public bool IsTopics => Section == "topics";
    public bool IsYears => Section == "years";
    public bool IsSearch => Section == "search";
    public bool IsPeople => Section == "people";
}
