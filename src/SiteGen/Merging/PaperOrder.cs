using SiteGen.Model;

namespace SiteGen.Merging;

/// <summary>
/// The catalog's paper order: newest first (a missing month or day sorts before known ones
/// of the same year, undated papers last), then by folded title, so the order never depends
/// on the order the listings were read in.
/// </summary>
internal static class PaperOrder
{
    public static IEnumerable<T> Sort<T>(IEnumerable<T> items, Func<T, Paper> paper) =>
        items
            .OrderByDescending(x => paper(x).Date.Year ?? int.MinValue)
            .ThenByDescending(x => paper(x).Date.Month ?? 0)
            .ThenByDescending(x => paper(x).Date.Day ?? 0)
            .ThenBy(x => paper(x).Key, StringComparer.Ordinal);
}
