namespace SiteGen.Documents;

/// <summary>
/// A paper as a Markdown document: Hugo/Jekyll-style YAML front matter and a Markdown
/// body (the abstract, then the user's notes). The site renders the body; export writes
/// the whole document for users moving to Hugo or Jekyll.
/// </summary>
public sealed record PaperDocument(FrontMatter FrontMatter, string AbstractMarkdown, string NotesMarkdown)
{
    public const string NotesHeading = "## Notes";

    /// <summary>The whole Markdown body: the abstract, then the notes under their own heading.</summary>
    public string Body => NotesMarkdown.Length == 0 ? AbstractMarkdown : $"{AbstractMarkdown}\n\n{NotesHeading}\n\n{NotesMarkdown}";

    /// <summary>
    /// The notes under their heading as HTML ("" without notes). The site shows the abstract from its
    /// TeX (<see cref="Tex.ReadableAbstract"/>), formulas as MathML; this Markdown keeps it for Hugo and Jekyll.
    /// </summary>
    public string NotesHtml() => NotesMarkdown.Length == 0
        ? ""
        : Rendering.MarkdownRenderer.ToHtml($"{NotesHeading}\n\n{NotesMarkdown}", bareUrls: true);
}

/// <summary>
/// Front matter keys as Hugo and Jekyll read them (serialised in snake_case). Keys either one
/// gives another meaning are avoided: Hugo's <c>type</c> picks a layout and its <c>url</c> a path,
/// so the entry type is <c>publication_type</c> and the paper's own address <c>paper_url</c>.
/// </summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }

    /// <summary>
    /// A whole date ("2024-03-11"), or null when the year is unknown. Hugo and Jekyll read only
    /// whole dates (Hugo takes "2024-03" for year 1): a month or year alone is written as its
    /// first day, with <see cref="DatePrecision"/> saying so.
    /// </summary>
    public string? Date { get; init; }

    /// <summary>"year" or "month" when <see cref="Date"/> is more precise than the source; null for a whole date.</summary>
    public string? DatePrecision { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Editors of the volume the paper is in (an edited volume's own editors are its <see cref="Authors"/>, with <see cref="AuthorsAreEditors"/>).</summary>
    public IReadOnlyList<string> Editors { get; init; } = [];

    public bool? AuthorsAreEditors { get; init; }

    public int? AuthorCount { get; init; }

    public string? Organisation { get; init; }

    public bool? AuthorsTruncated { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Where it was published (journal, conference, book).</summary>
    public string? Venue { get; init; }

    /// <summary>BibTeX entry type ("inproceedings").</summary>
    public string? PublicationType { get; init; }

    public string? Doi { get; init; }

    public string? Arxiv { get; init; }

    /// <summary>The paper's own landing page.</summary>
    public string? PaperUrl { get; init; }

    public IReadOnlyList<string> CitationKeys { get; init; } = [];

    /// <summary>Volume, number, pages, publisher and the other standard BibTeX fields, by name.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    public required string Slug { get; init; }

    /// <summary>Old URLs of the paper; Hugo turns these into redirect pages.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyDictionary<string, string> Links { get; init; } = new Dictionary<string, string>();

    public bool? Featured { get; init; }

    public bool? HasCode { get; init; }

    public int? Upvotes { get; init; }

    /// <summary>Listing entries this paper was read from ("file(line)").</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
