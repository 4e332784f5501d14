namespace SiteGen.Search;

/// <summary>
/// What the search index knows about one page: its URL relative to the site root
/// ("papers/the-reversal-curse/index.html"), the fields searched and the data shown in results.
/// <paramref name="Date"/> is ISO with the precision known ("2024-03-11", "2024" or "").
/// <paramref name="AuthorSpellings"/> are the Latin spellings of the authors' names written in other scripts
/// ("sergey ivanov" for "Сергей Иванов"): searched as authors, never shown.
/// </summary>
public sealed record SearchDocument(
    string Url,
    string Title,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> TopicIds,
    IReadOnlyList<string> TopicNames,
    int? Year,
    string Date,
    string Abstract,
    IReadOnlyList<string>? AuthorSpellings = null);
