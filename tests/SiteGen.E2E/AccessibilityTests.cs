using Deque.AxeCore.Playwright;
using SiteGen.E2E.Support;

namespace SiteGen.E2E;

/// <summary>axe-core finds no violations in the search page with results and filters, nor in an open dropdown.</summary>
public sealed class AccessibilityTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private static string Describe(Deque.AxeCore.Commons.AxeResult results) =>
        string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help}: " +
            string.Join(" | ", v.Nodes.Select(n => n.Html + " " + string.Join("; ", n.Any.Select(c => c.Message))))));

    [Fact]
    public async Task The_search_page_with_results_has_no_axe_violations()
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        await session.SearchPageAsync(site.Url(Mode.Http, "search.html?q=learning"));
        var results = await session.Page.RunAxe();
        Assert.True(results.Violations.Length == 0, Describe(results));
    }

    [Fact]
    public async Task The_open_dropdown_has_no_axe_violations()
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        await session.Page.GotoAsync(site.Url(Mode.Http, "index.html"));
        await session.Page.FillAsync("input[name=q]", "reversal");
        await session.Page.WaitForSelectorAsync("[data-search-results][data-query='reversal'] [role=option]");
        await session.Page.Keyboard.PressAsync("ArrowDown");
        var results = await session.Page.RunAxe();
        Assert.True(results.Violations.Length == 0, Describe(results));
    }
}
