namespace SiteGen.Pages;

/// <summary>Splits a list into pages of the configured size and names each page's file.</summary>
public static class Pagination
{
    public static IEnumerable<(int Number, IReadOnlyList<T> Items, string Path, PaginationView View)> Paginate<T>(
        IReadOnlyList<T> items, int pageSize, string firstPage)
    {
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
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

    /// <summary>First, last and the pages around the current one: long lists stay navigable without thousands of links per page.</summary>
    private static IEnumerable<int> Window(int current, int count) =>
        Enumerable.Range(1, count).Where(k => k == 1 || k == count || Math.Abs(k - current) <= 2);
}
