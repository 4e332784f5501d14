using SiteGen.Model;

namespace SiteGen.Configuration;

/// <summary>
/// The <c>papers:</c> section of site.yml: the user's word on which entries are one paper,
/// which beats the automatic rule (one paper per folded title).
/// </summary>
public sealed record PaperSettings
{
    public static readonly PaperSettings Default = new();

    /// <summary>
    /// Titles that name one paper (an arXiv preprint and its published version). The first title
    /// listed is the one the page shows and whose address it keeps; the others' addresses redirect.
    /// </summary>
    public IReadOnlyList<PaperTitles> Same { get; init; } = [];

    /// <summary>Similar titles of different papers: never merged, and not reported as near-duplicates.</summary>
    public IReadOnlyList<PaperTitles> Distinct { get; init; } = [];
}

/// <summary>Titles as site.yml lists them, and where.</summary>
public sealed record PaperTitles(IReadOnlyList<string> Titles, SourceLocation Location);
