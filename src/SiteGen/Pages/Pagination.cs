namespace SiteGen.Pages;

/// <summary>Splits a list into pages of the configured size and names each page's file.</summary>
public static class Pagination
{
    public static IEnumerable<(int Number, IReadOnlyList<T> Items, string Path, PaginationView View)> Paginate<T>(
        IReadOnlyList<T> items, int pageSize, string firstPage)
    {
        var count = PageCount(items.Count, pageSize);
        for (var n = 1; n <= count; n++)
        {
            var path = SitePaths.Paginated(firstPage, n);
            // All pages of one list are siblings in one folder, so links between them are file names.
            string Href(int k) => SitePaths.Paginated(firstPage, k)[(firstPage.LastIndexOf('/') + 1)..];
            var view = new PaginationView(
                n > 1 ? new LinkView("Newer", Href(n - 1)) : null,
                n < count ? new LinkView("Older", Href(n + 1)) : null,
                Window(n, count).Select(k => new PageNumberView(k, Href(k), k == n)).ToList());
            yield return (n, items.Skip((n - 1) * pageSize).Take(pageSize).ToList(), path, view);
        }
    }

    /// <summary>Pages of a list of <paramref name="items"/> (one, empty, for none).</summary>
    public static int PageCount(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);

    /// <summary>
    /// First, last and the pages around the current one: long lists stay navigable without thousands of links per page.
    /// Made without walking every page number (20,000 pages of "all papers" at a million papers made that quadratic).
    /// </summary>
    internal static IEnumerable<int> Window(int current, int count)
    {
        if (current - 2 > 1) yield return 1;
        for (var k = Math.Max(1, current - 2); k <= Math.Min(count, current + 2); k++) yield return k;
        if (current + 2 < count) yield return count;
    }
}
