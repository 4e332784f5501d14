namespace SiteGen.Model;

/// <summary>
/// One paper of the site: the merge of every listing record that describes it.
/// Immutable; later stages add what they know with <c>with</c> expressions.
/// </summary>
public sealed record Paper
{
    /// <summary>Identity of the paper across listings and builds: its folded title (see <see cref="Text.TextFolding.Key"/>).</summary>
    public required string Key { get; init; }

    /// <summary>Keys of other titles site.yml's <c>papers.same</c> merged into this one; their addresses redirect here.</summary>
    public IReadOnlyList<string> MergedKeys { get; init; } = [];

    public required string Title { get; init; }

    /// <summary>Named authors, each linked to an <see cref="Author"/> of the catalog.</summary>
    public IReadOnlyList<AuthorCredit> Authors { get; init; } = [];

    /// <summary>Author count where no names are known.</summary>
    public int? AuthorCount { get; init; }

    public string? Organisation { get; init; }

    public bool AuthorsTruncated { get; init; }

    /// <summary>The credited people are the editors: the source naming them names no authors (see <see cref="PaperRecord.AuthorsAreEditors"/>).</summary>
    public bool AuthorsAreEditors { get; init; }

    public IReadOnlyList<string> Affiliations { get; init; } = [];

    public PartialDate Date { get; init; } = PartialDate.Unknown;

    /// <summary>Category codes as the listings give them ("LG", "cs.CV"); the topics they file under are in <see cref="TopicIds"/>.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Ids of the paper's topics in the catalog.</summary>
    public IReadOnlyList<string> TopicIds { get; init; } = [];

    public bool HasCode { get; init; }

    public int? Upvotes { get; init; }

    public double? Score { get; init; }

    public string Abstract { get; init; } = "";

    public string? Venue { get; init; }

    /// <summary>DOI, arXiv id, entry type, citation keys and keywords merged from the records that give them.</summary>
    public Bibliographic Bibliographic { get; init; } = Bibliographic.None;

    /// <summary>What no source gave and no override filled (see <see cref="EntryGaps"/>).</summary>
    public EntryGaps Gaps { get; init; }

    /// <summary>Every listing entry merged into this paper.</summary>
    public IReadOnlyList<SourceLocation> Sources { get; init; } = [];

    /// <summary>URL path segment of the paper's permanent page ("papers/{Slug}.html").</summary>
    public string Slug { get; init; } = "";

    /// <summary>Extra links (pdf, code, slides, ...) by kind, from input/papers/&lt;slug&gt;.md.</summary>
    public IReadOnlyDictionary<string, string> Links { get; init; } = new Dictionary<string, string>();

    public bool Featured { get; init; }

    /// <summary>User notes in Markdown, from input/papers/&lt;slug&gt;.md.</summary>
    public string Notes { get; init; } = "";
}

/// <summary>An author as credited on one paper: the catalog author and the name as written there.</summary>
public sealed record AuthorCredit(string AuthorId, PersonName Name);
