using SiteGen.E2E.Support;
using SiteGen.Search;

namespace SiteGen.E2E;

/// <summary>Titles, names and abstracts are data: markup in them shows as text and never runs.</summary>
public sealed class HostileContentTests
{
    private const string Hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)> Hostile";

    [Fact]
    public async Task Markup_in_indexed_fields_is_shown_as_text_and_never_runs()
    {
        using var site = new FixtureSite([
            new SearchDocument("papers/hostile/index.html", Hostile, [Hostile], ["t"], [Hostile], 2024, "2024-01-01", Hostile),
        ]);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var session = await PageSession.OpenAsync(browser);
        var dialogs = 0;
        session.Page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        var hrefs = await session.SearchPageAsync(site.FileUrl("search.html") + "?q=hostile");
        Assert.Equal(["papers/hostile/index.html"], hrefs);
        Assert.Equal(Hostile, await session.Page.TextContentAsync("[data-search-list] .search-title"));
        Assert.Equal(0, await session.Page.Locator("[data-search-list] img, [data-search-list] script").CountAsync());
        Assert.Equal(0, dialogs);
        Assert.Empty(session.Errors);
    }
}
