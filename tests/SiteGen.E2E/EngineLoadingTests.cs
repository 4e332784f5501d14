using SiteGen.E2E.Support;

namespace SiteGen.E2E;

/// <summary>
/// search/engine.js, the index's reader, loads only when search is used, refuses an index of another format
/// with a message, and a theme from an older `sitegen new` (its search.js the whole old engine) still searches.
/// </summary>
public sealed class EngineLoadingTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    public static TheoryData<Mode> Modes => new() { Mode.File, Mode.Http };

    [Theory, MemberData(nameof(Modes))]
    public async Task The_engine_loads_only_when_the_search_box_is_used(Mode mode)
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        var page = session.Page;
        await page.GotoAsync(site.Url(mode, "index.html"));
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.Load);
        await page.WaitForTimeoutAsync(300);
        // The UI is there (it wired the box); the engine and the index are not.
        Assert.Equal("combobox", await page.GetAttributeAsync("input[name=q]", "role"));
        Assert.False(await page.EvaluateAsync<bool>("() => !!window.SiteGenSearch.index"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => performance.getEntriesByType('resource').filter(r => /search\\//.test(r.name)).length"));

        await page.FocusAsync("input[name=q]");
        await page.WaitForFunctionAsync("() => !!window.SiteGenSearch.index");
        await page.WaitForFunctionAsync("() => SiteGenSearch.loadedFiles().includes('entry')");
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task An_index_of_another_format_is_reported_not_misread(Mode mode)
    {
        using var other = new FixtureSite([.. site.Papers.Take(20).Select(p => p.Document)]);
        var entry = Path.Combine(other.Root, "search", "entry.js");
        var text = await File.ReadAllTextAsync(entry);
        var current = $"{{\"v\":{SiteGen.Search.SearchIndexBuilder.Format},";
        Assert.Contains(current, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(entry, text.Replace(current, "{\"v\":1,", StringComparison.Ordinal));
        using var server = new StaticServer(other.Root);

        await using var session = await PageSession.OpenAsync(site.Browser);
        var url = (mode == Mode.File ? other.FileUrl("search.html") : server.BaseUrl + "search.html") + "?q=model";
        await session.Page.GotoAsync(url);
        await session.Page.WaitForFunctionAsync("() => /format/.test(document.querySelector('.search-page [data-search-status]').textContent)");
        var status = await session.Page.TextContentAsync(".search-page [data-search-status]");
        Assert.Contains($"This search index is format 1, but its search engine (search/engine.js) reads format {SiteGen.Search.SearchIndexBuilder.Format}", status, StringComparison.Ordinal);
        Assert.Contains("Rebuild the site", status, StringComparison.Ordinal);
        Assert.Equal(0, await session.Page.Locator("[data-search-list] li").CountAsync());
    }
}

/// <summary>A site whose theme still holds the old engine in search.js searches with the default UI and the new engine.</summary>
public sealed class OldThemeTests(OldThemeSiteFixture site) : IClassFixture<OldThemeSiteFixture>
{
    public static TheoryData<Mode> Modes => new() { Mode.File, Mode.Http };

    [Fact]
    public void The_build_said_what_to_update()
    {
        var warning = Assert.Single(site.Diagnostics.Items, d => d.Location.File.EndsWith("search.js", StringComparison.Ordinal));
        Assert.Contains("replace theme/assets/search.js", warning.Message, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Search_works_on_the_search_page_and_in_the_header_box(Mode mode)
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        var hrefs = await session.SearchPageAsync(site.Url(mode, "search.html?q=" + Uri.EscapeDataString("reversal curse")));
        Assert.NotEmpty(hrefs);
        Assert.Contains("the-reversal-curse", hrefs[0], StringComparison.Ordinal);

        await session.Page.GotoAsync(site.Url(mode, "index.html"));
        await session.Page.FillAsync("form[data-search-root] input[name=q]", "transformer multiplication");
        await session.Page.WaitForSelectorAsync("[data-search-results] [role=option]");
        Assert.Contains("Multiplication", await session.Page.TextContentAsync("[data-search-results] [role=option] >> nth=0"), StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }
}
