using System.Globalization;
using Microsoft.Playwright;
using SiteGen.E2E.Support;

namespace SiteGen.E2E;

/// <summary>
/// The publication list and the search page as a reader uses them (issue 16), from disk and over HTTP:
/// the Abstract and BibTeX toggles open in place with scripts off (they are &lt;details&gt;), and the
/// search page does not move while its results and filters arrive, on a desktop and a phone screen.
/// Screenshots of the search page are kept in TestResults/screenshots/ at the repository root.
/// </summary>
public sealed class PublicationListTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    public static TheoryData<Mode> Modes => new() { Mode.File, Mode.Http };

    [Theory, MemberData(nameof(Modes))]
    public async Task The_abstract_and_bibtex_toggles_open_in_place_without_javascript(Mode mode)
    {
        await using var session = await PageSession.OpenAsync(site.Browser, new() { JavaScriptEnabled = false });
        var page = session.Page;
        await page.GotoAsync(site.Url(mode, "papers/index.html"));
        var item = page.Locator("main .paper-item").Filter(new() { Has = page.Locator("summary", new() { HasText = "Abstract" }) }).First;
        var abstractBody = item.Locator("details:has(> summary:text-is('Abstract')) .toggle-body");
        var bibtexBody = item.Locator("details:has(> summary:text-is('BibTeX')) .toggle-body");
        Assert.False(await abstractBody.IsVisibleAsync());
        Assert.False(await bibtexBody.IsVisibleAsync());

        await item.Locator("summary", new() { HasText = "Abstract" }).ClickAsync();
        Assert.True(await abstractBody.IsVisibleAsync());
        Assert.True((await abstractBody.InnerTextAsync()).Trim().Length > 40);

        await item.Locator("summary", new() { HasText = "BibTeX" }).ClickAsync();
        Assert.True(await bibtexBody.IsVisibleAsync());
        var bibtex = await bibtexBody.InnerTextAsync();
        Assert.StartsWith("@", bibtex.Trim(), StringComparison.Ordinal);
        Assert.Contains("title = {", bibtex, StringComparison.Ordinal);

        // The keyboard opens them too: a summary is focusable and Enter toggles it.
        await item.Locator("summary", new() { HasText = "Abstract" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.False(await abstractBody.IsVisibleAsync());
        Assert.Empty(session.Errors);
    }

    public static TheoryData<Mode, string, int, int> SearchScreens => new()
    {
        { Mode.File, "desktop", 1280, 900 },
        { Mode.Http, "desktop", 1280, 900 },
        { Mode.File, "phone", 390, 844 },
        { Mode.Http, "phone", 390, 844 },
    };

    [Theory, MemberData(nameof(SearchScreens))]
    public async Task The_search_page_does_not_shift_while_results_and_filters_arrive(Mode mode, string screen, int width, int height)
    {
        await using var session = await PageSession.OpenAsync(site.Browser, new() { ViewportSize = new() { Width = width, Height = height } });
        var page = session.Page;
        // Every layout shift from the first paint on, as Lighthouse counts them (input-driven ones excluded).
        await page.AddInitScriptAsync("""
            window.__shifts = [];
            new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); })
              .observe({ type: 'layout-shift', buffered: true });
            """);
        await page.GotoAsync(site.Url(mode, "search.html?q=diffusion+models"));
        // Results, then the topic and year filters with their counts.
        await page.WaitForFunctionAsync("() => /\\d+ results/.test(document.querySelector('.search-page [data-search-status]')?.textContent || '')");
        await page.WaitForSelectorAsync("[data-search-topics] .search-facet");
        await page.WaitForSelectorAsync("[data-search-years] .search-facet");
        Assert.True(await page.Locator("[data-search-list] li").CountAsync() >= 5);
        // Let anything still pending land before the shifts are summed.
        await page.WaitForTimeoutAsync(500);

        var shifts = await page.EvaluateAsync<double[]>("() => window.__shifts");
        Assert.True(shifts.Sum() < 0.01, string.Create(CultureInfo.InvariantCulture, $"layout shift {shifts.Sum():0.000} ({string.Join(", ", shifts)})"));
        // The topic counts arrive after the results and redraw only the filters: the list is drawn once
        // (a second drawing was a phone's longest task in Lighthouse).
        Assert.Equal(1, await page.EvaluateAsync<int>("() => performance.getEntriesByName('sitegen-search-results').length"));

        // The controls look like the theme's, not the browser's defaults.
        Assert.NotEqual("0px", await page.Locator("#search-page-q").EvaluateAsync<string>("e => getComputedStyle(e).borderTopLeftRadius"));
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, $"search-page-{screen}-{mode.ToString().ToLowerInvariant()}.png"), FullPage = false });
        Assert.Empty(session.Errors);
    }
}
