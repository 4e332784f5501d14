namespace SiteGen.Search;

/// <summary>
/// The order of document ids: newest first, undated last, then by title and URL. With this order
/// "sort by date" is sorting by id, and each year's documents are one id range (the year facet is free).
/// </summary>
internal static class DocumentOrder
{
    public static IReadOnlyList<SearchDocument> Sort(IReadOnlyList<SearchDocument> documents) =>
        [.. documents
            .OrderByDescending(d => YearOf(d) ?? int.MinValue)
            .ThenByDescending(d => DatePart(d.Date, 5))
            .ThenByDescending(d => DatePart(d.Date, 8))
            .ThenBy(d => d.Title, StringComparer.Ordinal)
            .ThenBy(d => d.Url, StringComparer.Ordinal)];

    public static int? YearOf(SearchDocument d) => d.Year ?? (DatePart(d.Date, 0, 4) is > 0 and var y ? y : null);

    private static int DatePart(string iso, int start, int length = 2) =>
        iso.Length >= start + length && int.TryParse(iso.AsSpan(start, length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
}
