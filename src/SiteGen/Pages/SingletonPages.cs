using SiteGen.Output;
using SiteGen.Rendering;

namespace SiteGen.Pages;

/// <summary>Home, search, 404, and the redirect pages that keep every other address of a paper working.</summary>
public sealed class SingletonPages(SiteContext site)
{
    private const int RecentCount = 10;
    private readonly ViewFactory _views = new(site);

    public IEnumerable<SiteFile> Build()
    {
        yield return Home();
        yield return Search();
        yield return NotFound();
        foreach (var redirect in site.Addresses.Redirects) yield return Redirect(redirect.From, redirect.To);
    }

    private SiteFile Home()
    {
        const string path = SitePaths.Home;
        var featured = site.Papers.Where(p => p.Featured).Select(p => _views.PaperItem(p, "")).ToList();
        var recent = site.Papers.Where(p => p.Date.Year is not null).Take(RecentCount).Select(p => _views.PaperItem(p, "")).ToList();
        var topTopics = site.Catalog.Topics.Values
            .Select(t => new TopicEntryView(t.Name, t.Code, SitePaths.Topic(t.Id), site.TopicPapers(t.Id).Count))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal).Take(12).ToList();
        var view = new HomeView(
            site.Config.Title,
            new TrustedHtml(MarkdownRenderer.ToHtml(site.Config.Description)),
            site.Papers.Count,
            site.Catalog.Authors.Count,
            site.Catalog.Topics.Count,
            site.PapersByYear.Count(g => g.Key is not null),
            featured,
            recent,
            topTopics,
            SitePaths.AllPapers,
            SitePaths.AuthorIndex,
            SitePaths.TopicIndex,
            SitePaths.YearIndex)
        {
            Downloads = [new("BibTeX", SitePaths.AllBibtex), new("CSL-JSON", SitePaths.AllCslJson)],
        };
        var description = site.Config.Description.Length > 0
            ? PaperMetadata.Summary(site.Config.Description)
            : PageDescriptions.Home(site.Config.Title, site.Papers.Count, site.Catalog.Authors.Count, topTopics.Select(t => t.Name));
        return new SiteFile(path, site.Theme.RenderPage(PageLayouts.Home, view, site.Frame(path, site.Config.Title, "home", description)));
    }

    private SiteFile Search()
    {
        const string path = SitePaths.Search;
        return new SiteFile(path, site.Theme.RenderPage(PageLayouts.Search, null, site.Frame(path, "Search", "search", PageDescriptions.Search(site.Papers.Count))));
    }

    /// <summary>
    /// 404.html is served for any missing path, at any depth, so its links cannot be relative:
    /// they are root-relative, under the base URL's path where it has one ("/lab/"). Not absolute:
    /// on a deploy preview or any other origin, assets from the production origin would be
    /// refused by the Content-Security-Policy and the page left unstyled.
    /// </summary>
    private SiteFile NotFound()
    {
        const string path = SitePaths.NotFound;
        var root = site.HasBaseUrl ? new Uri(site.Config.BaseUrl + "/").AbsolutePath : "/";
        var frame = site.Frame(path, "Page not found", description: "There is no page at this address; the home page and search are linked from here.");
        // No canonical link: a "page not found" is no page of the site's to index.
        frame = frame with { Root = root, Canonical = null, Assets = site.Assets.UrlsFrom(root), Site = frame.Site with { FeedHref = root + SitePaths.Feed } };
        var view = new NotFoundView(root + SitePaths.Home, root + SitePaths.Search);
        return new SiteFile(path, site.Theme.RenderPage(PageLayouts.NotFound, view, frame));
    }

    /// <summary>A page at the old address that sends readers (and crawlers, via canonical) to the new one.</summary>
    private SiteFile Redirect(string old, string current)
    {
        var path = SitePaths.Paper(old);
        var target = SitePaths.RootFrom(path) + SitePaths.Paper(current);
        var frame = site.Frame(path, "Moved", description: "This paper has moved to a new address.") with { Canonical = site.Absolute(SitePaths.Paper(current)), Refresh = target };
        return new SiteFile(path, site.Theme.RenderPage(PageLayouts.Redirect, new RedirectView(target, "This paper has moved"), frame));
    }
}
