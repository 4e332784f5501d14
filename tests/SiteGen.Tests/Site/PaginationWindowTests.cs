using SiteGen.Pages;

namespace SiteGen.Tests.Site;

/// <summary>
/// The page numbers a list page links to are made without walking every page (issue 17: 20,000 pages
/// of "all papers" at a million papers made the walk quadratic); they must stay the first, the last
/// and the two either side of the current page, in order, each once.
/// </summary>
public sealed class PaginationWindowTests
{
    [Fact]
    public void The_window_is_the_first_the_last_and_two_either_side_of_the_current_page()
    {
        for (var count = 1; count <= 12; count++)
            for (var current = 1; current <= count; current++)
            {
                var expected = Enumerable.Range(1, count).Where(k => k == 1 || k == count || Math.Abs(k - current) <= 2);
                Assert.Equal(expected, Pagination.Window(current, count));
            }
    }

    [Fact]
    public void A_long_list_links_seven_pages_at_most() =>
        Assert.Equal([1, 9_998, 9_999, 10_000, 10_001, 10_002, 20_000], Pagination.Window(10_000, 20_000));
}
