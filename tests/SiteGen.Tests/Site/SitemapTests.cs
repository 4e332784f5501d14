using System.Xml.Linq;
using SiteGen.Pages;

namespace SiteGen.Tests.Site;

/// <summary>sitemap.xml within the protocol's 50,000 URLs per file: past that, an index of parts.</summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static string Absolute(string path) => "https://example.org/" + path;

    private static XDocument Parse(Output.SiteFile file) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Content.Span));

    [Fact]
    public void A_small_site_has_one_sitemap_of_its_pages_in_path_order_without_the_404_page()
    {
        var files = SiteFeeds.Sitemaps(["papers/b.html", "index.html", "404.html", "feed.xml", "papers/a.html"], Absolute);
        var sitemap = Assert.Single(files);
        Assert.Equal("sitemap.xml", sitemap.Path);
        Assert.Equal(["https://example.org/index.html", "https://example.org/papers/a.html", "https://example.org/papers/b.html"],
            Parse(sitemap).Descendants(Ns + "loc").Select(l => l.Value));
    }

    [Fact]
    public void Past_the_limit_sitemap_xml_is_an_index_of_parts_that_hold_every_page_once()
    {
        var pages = Enumerable.Range(0, 7).Select(i => $"papers/p{i}.html").ToList();
        var files = SiteFeeds.Sitemaps(pages, Absolute, perFile: 3);

        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"], files.Select(f => f.Path));
        var index = Parse(files[^1]);
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(["https://example.org/sitemap-1.xml", "https://example.org/sitemap-2.xml", "https://example.org/sitemap-3.xml"],
            index.Descendants(Ns + "loc").Select(l => l.Value));
        var listed = files.SkipLast(1).SelectMany(f => Parse(f).Descendants(Ns + "loc").Select(l => l.Value)).ToList();
        Assert.Equal(pages.Select(Absolute).Order(StringComparer.Ordinal), listed);
        Assert.All(files.SkipLast(1), f => Assert.True(Parse(f).Descendants(Ns + "url").Count() <= 3));
    }

    [Fact]
    public void Only_a_site_with_a_base_url_has_a_sitemap()
    {
        using var site = new Support.TestSite(copyShippedInput: false);
        site.Write("a.txt", "Doe, Jane\nLearning to Rank Papers\nDoe, Jane\nWe rank papers.\n");
        site.Build();
        Assert.False(site.Exists("sitemap.xml")); // its URLs must be absolute
        Assert.DoesNotContain("Sitemap:", site.Read("robots.txt"), StringComparison.Ordinal);

        site.Build(baseUrl: "https://example.org/lab");
        Assert.Contains("<loc>https://example.org/lab/papers/learning-to-rank-papers.html</loc>", site.Read("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://example.org/lab/sitemap.xml", site.Read("robots.txt"), StringComparison.Ordinal);
    }
}
