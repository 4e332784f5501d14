using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.E2E.Support;

namespace SiteGen.E2E;

/// <summary>
/// The shipped site's formulas (issue 19) are MathML that Chromium typesets from file:// with no
/// script and, over HTTP, under the deployed Content-Security-Policy; no TeX math is left in any
/// abstract's text; the paper pages with formulas have no serious axe violation. Screenshots land in
/// TestResults/screenshots/math-*.png.
/// </summary>
public sealed class MathInBrowserTests(BuiltSiteFixture site) : IClassFixture<BuiltSiteFixture>
{
    /// <summary>Paper pages (not the lists papers/index*.html) whose abstract has a formula, found from the built HTML.</summary>
    private IReadOnlyList<string> MathPages() =>
        Directory.EnumerateFiles(Path.Combine(site.Output, "papers"), "*.html")
            .Where(f => !Path.GetFileName(f).StartsWith("index", StringComparison.Ordinal) && File.ReadAllText(f).Contains("<math", StringComparison.Ordinal))
            .Select(f => "papers/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    // The abstract's text outside <math>, with what TeX math would leave: a formula delimiter followed by a command or script.
    private const string TexLeftInText = """
        () => [...document.querySelectorAll('main p')].filter(p => {
            const copy = p.cloneNode(true);
            copy.querySelectorAll('math').forEach(m => m.remove());
            return /\$[^$\s][^$]*[\\^_{][^$]*\$|\\\(|\\\[|\\(mathcal|frac|sim|rightarrow|textit|emph|textbf)\b|\d\\%/.test(copy.textContent);
        }).map(p => p.textContent.slice(0, 120))
        """;

    [Fact]
    public async Task Every_formula_of_the_shipped_site_is_typeset_MathML_from_file()
    {
        var pages = MathPages();
        Assert.True(pages.Count >= 5, $"only {pages.Count} paper pages with formulas");
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await using var session = await PageSession.OpenAsync(site.Browser);
        var page = session.Page;
        foreach (var path in pages)
        {
            await page.GotoAsync(site.Url(Mode.File, path));
            var formulas = page.Locator("main math");
            var count = await formulas.CountAsync();
            Assert.True(count > 0, path);
            for (var i = 0; i < count; i++)
            {
                // Typeset: MathML Core gives each formula a box; an unknown element would be an empty inline.
                var box = await formulas.Nth(i).BoundingBoxAsync();
                Assert.True(box is { Width: > 0, Height: > 0 }, $"{path}: formula {i} has no box");
                Assert.Equal("math", await formulas.Nth(i).EvaluateAsync<string>("m => getComputedStyle(m).display === 'block math' || getComputedStyle(m).display === 'math' ? 'math' : getComputedStyle(m).display"));
            }
            Assert.Empty(await page.EvaluateAsync<string[]>(TexLeftInText));
        }
        await page.GotoAsync(site.Url(Mode.File, pages[0]));
        await page.Locator("main math").First.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, "math-paper.png") });
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task An_opened_abstract_toggle_of_a_list_typesets_its_formulas()
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        var page = session.Page;
        await page.GotoAsync(site.Url(Mode.File, "papers/index.html"));
        var toggle = page.Locator("main details.toggle:has(math)").First;
        await toggle.Locator("summary").ClickAsync();
        var box = await toggle.Locator("math").First.BoundingBoxAsync();
        Assert.True(box is { Width: > 0, Height: > 0 });
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task No_paper_page_shows_TeX_math_as_text()
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        var page = session.Page;
        var left = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Output, "papers"), "*.html"))
        {
            await page.GotoAsync(site.Url(Mode.File, "papers/" + Path.GetFileName(file)), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            left.AddRange(await page.EvaluateAsync<string[]>(TexLeftInText));
        }
        Assert.Empty(left);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task A_paper_page_with_formulas_and_its_list_toggle_pass_axe_under_the_deployed_policy(ColorScheme scheme)
    {
        var path = MathPages().First(p => p.Contains("pointnet", StringComparison.OrdinalIgnoreCase) || p.Contains("galax", StringComparison.OrdinalIgnoreCase));
        await using var session = await PageSession.OpenAsync(site.Browser, new() { ColorScheme = scheme });
        var page = session.Page;
        await page.GotoAsync(site.Url(Mode.Http, path));
        Assert.True(await page.Locator("main math").CountAsync() > 0);
        Directory.CreateDirectory(RepoPaths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, $"math-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help}: " + string.Join(" | ", v.Nodes.Select(n => n.Html)))));
        Assert.Empty(session.Errors);
    }
}
