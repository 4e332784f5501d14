using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.E2E.Support;

namespace SiteGen.E2E;

/// <summary>
/// The shipped site as the pipeline builds it, in Chromium from disk and over HTTP (with the deployed
/// Content-Security-Policy): a reader's walk through the indexes, a search from a page's header, no
/// console errors or policy violations, and axe on each kind of page. Screenshots of the pages axe
/// checks are kept in TestResults/screenshots/ at the repository root.
/// </summary>
public sealed class BuiltSiteTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    public static TheoryData<Mode> Modes => new() { Mode.File, Mode.Http };

    [Theory, MemberData(nameof(Modes))]
    public async Task A_reader_walks_home_author_paper_topic_year(Mode mode)
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        var page = session.Page;
        await page.GotoAsync(site.Url(mode, "index.html"));

        var author = page.Locator("main .paper-byline a").First;
        var authorName = await TextAsync(author);
        await author.ClickAsync();
        await AssertAtAsync(page, "authors/", authorName);

        var paper = page.Locator("main .paper-item a.paper-title").First;
        var paperTitle = await TextAsync(paper);
        await paper.ClickAsync();
        await AssertAtAsync(page, "papers/", paperTitle);
        Assert.Contains(authorName, await TextAsync(page.Locator(".paper-authors")), StringComparison.Ordinal);

        var topic = page.Locator("main .paper-meta a.topic").First;
        var topicName = await TextAsync(topic);
        await topic.ClickAsync();
        await AssertAtAsync(page, "topics/", topicName);
        Assert.Contains(paperTitle, await TextAsync(page.Locator("main")), StringComparison.Ordinal);

        await page.Locator(".site-nav a", new() { HasText = "Years" }).ClickAsync();
        await AssertAtAsync(page, "years/index.html", "Years");
        var year = page.Locator("main a.year").First;
        var yearText = await TextAsync(year);
        await year.ClickAsync();
        await AssertAtAsync(page, $"years/{yearText}.html", yearText);
        Assert.NotEqual(0, await page.Locator("main .paper-item").CountAsync());

        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task A_search_from_a_papers_header_opens_the_result_with_the_keyboard(Mode mode)
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        var page = session.Page;
        await page.GotoAsync(site.Url(mode, "papers/index.html"));
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("reversal curse");
        await page.WaitForSelectorAsync("[data-search-results][data-query='reversal curse'] [role=option]");
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("true", await page.Locator("[data-search-results] [role=option]").First.GetAttributeAsync("aria-selected"));
        // The navigation is awaited from before the key is pressed: waiting after it can miss a fast one.
        // The page's own parse is what is tested here, not when its last stylesheet arrives.
        var navigated = page.WaitForURLAsync(url => !url.EndsWith("papers/index.html", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Contains("/papers/the-reversal-curse-", page.Url, StringComparison.Ordinal);
        Assert.StartsWith("The Reversal Curse: LLMs trained on", await TextAsync(page.Locator("h1")), StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    public static TheoryData<string, string, ColorScheme> AxePages => new()
    {
        { "home", "index.html", ColorScheme.Light },
        { "paper", "papers/the-reversal-curse-llms-trained-on-a-is-b-fail-to.html", ColorScheme.Light },
        { "author", "authors/thomas-hofmann.html", ColorScheme.Light },
        { "topic", "topics/language-models.html", ColorScheme.Light },
        { "search", "search.html?q=diffusion", ColorScheme.Light },
        { "home-dark", "index.html", ColorScheme.Dark },
        { "paper-dark", "papers/the-reversal-curse-llms-trained-on-a-is-b-fail-to.html", ColorScheme.Dark },
        { "search-dark", "search.html?q=diffusion", ColorScheme.Dark },
    };

    [Theory, MemberData(nameof(AxePages))]
    public async Task Each_kind_of_page_has_no_serious_axe_violations(string name, string path, ColorScheme scheme)
    {
        await using var session = await PageSession.OpenAsync(site.Browser, new() { ColorScheme = scheme });
        var page = session.Page;
        await page.GotoAsync(site.Url(Mode.Http, path));
        if (path.StartsWith("search.html", StringComparison.Ordinal))
            await page.WaitForFunctionAsync("() => /result/.test(document.querySelector('.search-page [data-search-status]')?.textContent || '')");
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, name + ".png"), FullPage = true });

        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, Describe(serious));
        Assert.Empty(session.Errors);
    }

    private static async Task<string> TextAsync(ILocator locator) => (await locator.TextContentAsync() ?? "").Trim();

    private static async Task AssertAtAsync(IPage page, string pathPart, string heading)
    {
        Assert.Contains(pathPart, page.Url, StringComparison.Ordinal);
        Assert.Equal(heading, await TextAsync(page.Locator("main h1")));
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join("\n", violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}: " +
            string.Join(" | ", v.Nodes.Select(n => n.Html + " " + string.Join("; ", n.Any.Select(c => c.Message))))));
}
