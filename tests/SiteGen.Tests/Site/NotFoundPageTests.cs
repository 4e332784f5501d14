using SiteGen.Pages;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>404.html without a base URL: served for a missing path at any depth, so its links are root-relative.</summary>
public sealed class NotFoundPageTests
{
    [Fact]
    public void Without_a_base_url_every_link_of_the_404_page_is_root_relative_the_feed_included()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("a.txt", "Doe, Jane\nA Paper About Sorting\nDoe, Jane\nWe sort.\n");
        Assert.True(site.Build().Written);

        var doc = site.Html(SitePaths.NotFound);
        var urls = doc.QuerySelectorAll("a[href], link[href], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
        Assert.Equal(2, urls.Count(u => u == "/feed.xml")); // <link rel="alternate"> and the footer link
        Assert.All(urls.Where(u => !u.StartsWith('#')), u => Assert.StartsWith("/", u, StringComparison.Ordinal));
    }
}
