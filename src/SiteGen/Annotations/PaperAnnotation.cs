using SiteGen.Model;

namespace SiteGen.Annotations;

/// <summary>What a user adds to one paper in <c>input/papers/&lt;slug&gt;.md</c>.</summary>
public sealed record PaperAnnotation(
    string Slug,
    IReadOnlyDictionary<string, string> Links,
    bool? Featured,
    string Notes,
    string File)
{
    /// <summary>Fields the front matter sets, replacing what the inputs say.</summary>
    public PaperOverrides Overrides { get; init; } = PaperOverrides.None;
}

/// <summary>
/// A paper's fields as input/papers/&lt;slug&gt;.md corrects them: each one set replaces the
/// merged value wherever the paper appears (page, metadata, cite box, feed, search, exports).
/// Null means "as the inputs say". Links (pdf, code, slides) are in <see cref="PaperAnnotation.Links"/>.
/// </summary>
public sealed record PaperOverrides
{
    public static readonly PaperOverrides None = new();

    public string? Title { get; init; }

    /// <summary>The authors in order; with <see cref="AuthorsTruncated"/> when the list ended in "et al.".</summary>
    public IReadOnlyList<PersonName>? Authors { get; init; }

    public bool AuthorsTruncated { get; init; }

    public PartialDate? Date { get; init; }

    public string? Venue { get; init; }

    /// <summary>The venue's short name for the list badge ("NeurIPS"), as al-folio's <c>abbr</c>.</summary>
    public string? VenueAbbreviation { get; init; }

    /// <summary>BibTeX entry type ("inproceedings"); a CSL type is read as its BibTeX equivalent.</summary>
    public string? EntryType { get; init; }

    public string? Doi { get; init; }

    public string? ArxivId { get; init; }

    public string? Url { get; init; }

    public string? Abstract { get; init; }
}
