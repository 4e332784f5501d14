namespace SiteGen.Model;

/// <summary>
/// What bibliography formats say about a paper beyond title, authors, date and abstract.
/// One record for the listing entry and, merged, for the paper; every field may be unknown.
/// </summary>
public sealed record Bibliographic
{
    public static readonly Bibliographic None = new();

    /// <summary>
    /// Standard BibTeX fields SiteGen shows nowhere else but a reader pasting the cite box needs
    /// to find the work, in the order the cite box writes them. Fields a .bib file carries for
    /// its owner (abstract, file, keywords, timestamps) are not kept: the cite box is a reference.
    /// </summary>
    public static readonly IReadOnlyList<string> OtherFieldNames =
    [
        "volume", "number", "pages", "chapter", "edition", "series", "type", "publisher", "organization",
        "school", "institution", "address", "howpublished", "note", "isbn", "issn",
    ];

    /// <summary>BibTeX entry type in lower case ("article", "inproceedings", "misc"), mapped from RIS/CSL types.</summary>
    public string? EntryType { get; init; }

    /// <summary>The venue's short name for a badge ("NeurIPS", "JMLR"): al-folio's <c>abbr</c>, CSL's container-title-short.</summary>
    public string? VenueAbbreviation { get; init; }

    /// <summary>Citation keys the sources use ("falck2024unet"); a paper keeps every one so each stays a stable alias.</summary>
    public IReadOnlyList<string> CitationKeys { get; init; } = [];

    /// <summary>Bare DOI ("10.1000/xyz"), without "https://doi.org/".</summary>
    public string? Doi { get; init; }

    /// <summary>arXiv identifier without version prefix or URL ("2301.01234", "hep-th/9901001").</summary>
    public string? ArxivId { get; init; }

    /// <summary>The paper's own landing page.</summary>
    public string? Url { get; init; }

    /// <summary>
    /// Editors of an entry that also names authors (an @incollection's book editors). An entry
    /// naming editors only has them as its authors, with <see cref="PaperRecord.AuthorsAreEditors"/>.
    /// </summary>
    public IReadOnlyList<PersonName> Editors { get; init; } = [];

    /// <summary>The editor list ends in "others".</summary>
    public bool EditorsTruncated { get; init; }

    /// <summary>
    /// Values of <see cref="OtherFieldNames"/> the entry gives (volume, pages, publisher, ...), as
    /// Unicode text, by field name. A field SiteGen already read for another purpose (the venue's
    /// school, a howpublished URL) is not repeated here.
    /// </summary>
    public IReadOnlyDictionary<string, string> OtherFields { get; init; } = new Dictionary<string, string>();

    /// <summary>Author keywords, as written; topics may use them.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Extra links by kind: "pdf", "code", "slides", "html".</summary>
    public IReadOnlyDictionary<string, string> Links { get; init; } = new Dictionary<string, string>();

    /// <summary>The source marks the paper as a highlight (al-folio's <c>selected = {true}</c>).</summary>
    public bool Selected { get; init; }

    /// <summary>True when the venue is a journal (citation_journal_title) rather than a conference or book.</summary>
    public bool VenueIsJournal => EntryType is "article" or "periodical";

    /// <summary>How many fields are known: the richest source wins each field when records merge.</summary>
    public int Richness =>
        (EntryType is null ? 0 : 1) + (VenueAbbreviation is null ? 0 : 1) + CitationKeys.Count + (Doi is null ? 0 : 1) + (ArxivId is null ? 0 : 1)
        + (Url is null ? 0 : 1) + Keywords.Count + Links.Count + (Selected ? 1 : 0)
        + (Editors.Count > 0 ? 1 : 0) + OtherFields.Count;
}
