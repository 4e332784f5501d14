namespace SiteGen.Model;

/// <summary>
/// One paper exactly as one listing describes it, before merging with other listings.
/// Fields a format does not carry stay at their defaults.
/// </summary>
public sealed record PaperRecord
{
    public required string Title { get; init; }

    /// <summary>Structured names where the listing gives them; empty otherwise.</summary>
    public IReadOnlyList<PersonName> Authors { get; init; } = [];

    /// <summary>Number of authors where the listing gives only a count ("• 7 authors").</summary>
    public int? AuthorCount { get; init; }

    /// <summary>The organisation line a daily page shows instead of a count ("UCSC-VLAA").</summary>
    public string? Organisation { get; init; }

    /// <summary>True when the listing cut the author list short ("et al.").</summary>
    public bool AuthorsTruncated { get; init; }

    /// <summary>
    /// True when the entry names editors and no authors (a @proceedings, an edited book): the
    /// editors are the people it credits, so they are <see cref="Authors"/>, marked as editors.
    /// </summary>
    public bool AuthorsAreEditors { get; init; }

    /// <summary>Affiliations given after " · " in category listings ("eth-zurich").</summary>
    public IReadOnlyList<string> Affiliations { get; init; } = [];

    public PartialDate Date { get; init; } = PartialDate.Unknown;

    /// <summary>Category code as the listing writes it ("LG", "COMP-PH").</summary>
    public string? Category { get; init; }

    public bool HasCode { get; init; }

    /// <summary>Relevance score shown before the category ("99.8").</summary>
    public double? Score { get; init; }

    public int? Upvotes { get; init; }

    public string Abstract { get; init; } = "";

    /// <summary>The person a publication list belongs to (its heading line).</summary>
    public PersonName? ListOwner { get; init; }

    /// <summary>Where it was published: a journal, conference or book title ("NeurIPS").</summary>
    public string? Venue { get; init; }

    /// <summary>Bibliographic fields that reference managers keep (BibTeX, RIS, CSL-JSON, arXiv Atom).</summary>
    public Bibliographic Bibliographic { get; init; } = Bibliographic.None;

    /// <summary>What the entry lacks or what the parser guessed (reported unless input/papers/&lt;slug&gt;.md fills it).</summary>
    public EntryGaps Gaps { get; init; }

    public required SourceLocation Source { get; init; }

    public required ListingFormat Format { get; init; }
}
