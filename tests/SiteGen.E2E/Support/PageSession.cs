using Microsoft.Playwright;

namespace SiteGen.E2E.Support;

/// <summary>A browser page that records console errors and uncaught exceptions, for the "no errors" checks.</summary>
internal sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) => { if (message.Type == "error") Errors.Add(message.Text); };
        page.PageError += (_, error) => Errors.Add(error);
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public static async Task<PageSession> OpenAsync(IBrowser browser, BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewContextAsync(options);
        // Generous: CI runs these beside the other test project on two cores; a wait that
        // normally takes a second must not fail because the machine is busy.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        // Chromium logs most Content-Security-Policy refusals itself; the event catches every one, as an error.
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        return new PageSession(context, await context.NewPageAsync());
    }

    /// <summary>Opens the search page for a query and waits for the result count to be announced.</summary>
    public async Task<IReadOnlyList<string>> SearchPageAsync(string url)
    {
        await Page.GotoAsync(url);
        await Page.WaitForFunctionAsync("() => /result/.test(document.querySelector('[data-search-status]')?.textContent || '') || /result/.test(document.querySelector('.search-page [data-search-status]')?.textContent || '')");
        return await ResultHrefsAsync();
    }

    /// <summary>Opens a page that starts the search engine (the search page loads it at once) and waits for it.</summary>
    public async Task OpenEngineAsync(string searchPageUrl)
    {
        await Page.GotoAsync(searchPageUrl);
        await Page.WaitForFunctionAsync("() => !!(window.SiteGenSearch && window.SiteGenSearch.index)");
    }

    public async Task<IReadOnlyList<string>> ResultHrefsAsync() =>
        await Page.EvalOnSelectorAllAsync<string[]>("[data-search-list] a", "links => links.map(a => a.getAttribute('href'))");

    public async Task ShowAllAsync()
    {
        var more = Page.Locator("[data-search-more]");
        while (await more.IsVisibleAsync())
        {
            var before = (await ResultHrefsAsync()).Count;
            await more.ClickAsync();
            await Page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-search-list] a').length > {before}");
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
