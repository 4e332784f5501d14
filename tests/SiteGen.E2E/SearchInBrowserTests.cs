using Microsoft.Playwright;
using SiteGen.E2E.Support;
using SiteGen.Text;

namespace SiteGen.E2E;

/// <summary>
/// The real search UI and search/engine.js in Chromium over the shipped papers, opened from disk (file://) and over HTTP:
/// relevance, spelling variants, filters, keyboard use, and no console errors under a strict CSP.
/// </summary>
public sealed class SearchInBrowserTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    public static TheoryData<Mode> Modes => new() { Mode.File, Mode.Http };

    private string UrlOf(string title) => site.Papers.Single(p => p.Paper.Title == title).Document.Url;

    private async Task<(PageSession Session, IReadOnlyList<string> Hrefs)> SearchAsync(Mode mode, string query, bool all = false)
    {
        var session = await PageSession.OpenAsync(site.Browser);
        var hrefs = await session.SearchPageAsync(site.Url(mode, "search.html?q=" + Uri.EscapeDataString(query)));
        if (all)
        {
            await session.ShowAllAsync();
            hrefs = await session.ResultHrefsAsync();
        }
        return (session, hrefs);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Reversal_curse_ranks_the_Reversal_Curse_paper_first(Mode mode)
    {
        var (session, hrefs) = await SearchAsync(mode, "reversal curse");
        await using var _ = session;
        var expected = site.Papers.Single(p => p.Paper.Title.StartsWith("The Reversal Curse: LLMs trained on", StringComparison.Ordinal)).Document.Url;
        Assert.Equal(expected, hrefs[0]);
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task A_typo_still_finds_the_paper(Mode mode)
    {
        var (session, hrefs) = await SearchAsync(mode, "reversel curse");
        await using var _ = session;
        Assert.Contains(UrlOf(site.Papers.Single(p => p.Paper.Title.StartsWith("The Reversal Curse: LLMs", StringComparison.Ordinal)).Paper.Title), hrefs);
        Assert.Empty(session.Errors);
    }

    /// <summary>Typos that sort the word into another term shard: found through the ends index.</summary>
    public static TheoryData<Mode, string> FirstLetterTypos => new()
    {
        { Mode.File, "teversal curse" }, // first letter replaced
        { Mode.Http, "eversal curse" }, // first letter missing
        { Mode.File, "erversal curse" }, // first two letters swapped
        { Mode.Http, "rwversal curse" }, // second letter replaced
        { Mode.File, "xreversal curse" }, // a letter before the first
    };

    [Theory, MemberData(nameof(FirstLetterTypos))]
    public async Task A_typo_in_the_first_letters_still_finds_the_paper(Mode mode, string query)
    {
        var (session, hrefs) = await SearchAsync(mode, query);
        await using var _ = session;
        Assert.Contains(site.Papers.Single(p => p.Paper.Title.StartsWith("The Reversal Curse: LLMs", StringComparison.Ordinal)).Document.Url, hrefs);
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Lucchi_finds_every_paper_of_Aurelien_Lucchi_in_both_spellings(Mode mode)
    {
        var expected = site.Papers
            .Where(p => p.Paper.Authors.Any(a => TextFolding.Fold(a.Name.Family) == "lucchi"))
            .Select(p => p.Document.Url).Order(StringComparer.Ordinal).ToList();
        var spellings = site.Papers.SelectMany(p => p.Paper.Authors).Where(a => TextFolding.Fold(a.Name.Family) == "lucchi")
            .Select(a => a.Name.Given).Distinct().ToList();
        Assert.Contains("Aurélien", spellings); // the fixture really has both spellings
        Assert.Contains("Aurelien", spellings);

        var (session, hrefs) = await SearchAsync(mode, "lucchi", all: true);
        await using var _ = session;
        Assert.Equal(expected, hrefs.Order(StringComparer.Ordinal).ToList());
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Aurelien_without_accent_finds_Aurélien(Mode mode)
    {
        var accented = site.Papers.Where(p => p.Paper.Authors.Any(a => a.Name.Given == "Aurélien")).Select(p => p.Document.Url).ToList();
        Assert.NotEmpty(accented);
        var (session, hrefs) = await SearchAsync(mode, "aurelien", all: true);
        await using var _ = session;
        Assert.All(accented, url => Assert.Contains(url, hrefs));
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Unet_finds_the_U_Net_papers(Mode mode)
    {
        var unet = site.Papers.Where(p => p.Paper.Title.Contains("U-Net", StringComparison.Ordinal)).Select(p => p.Document.Url).ToList();
        Assert.NotEmpty(unet);
        var (session, hrefs) = await SearchAsync(mode, "unet", all: true);
        await using var _ = session;
        Assert.All(unet, url => Assert.Contains(url, hrefs));
        Assert.All(unet, url => Assert.Contains(url, hrefs.Take(unet.Count + 2)));
        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData(Mode.File, "pointnet")]
    [InlineData(Mode.Http, "point net")]
    [InlineData(Mode.File, "PointNet")]
    public async Task Camel_case_words_are_found_joined_or_split(Mode mode, string query)
    {
        var pointNet = site.Papers.Where(p => p.Paper.Title.Contains("PointNet", StringComparison.Ordinal)).Select(p => p.Document.Url).ToList();
        Assert.NotEmpty(pointNet);
        var (session, hrefs) = await SearchAsync(mode, query, all: true);
        await using var _ = session;
        Assert.All(pointNet, url => Assert.Contains(url, hrefs.Take(pointNet.Count)));
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task A_year_filter_keeps_only_that_years_papers(Mode mode)
    {
        var (session, all) = await SearchAsync(mode, "model", all: true);
        await using var _ = session;
        var yearOf = site.Papers.ToDictionary(p => p.Document.Url, p => p.Document.Year);
        var year = all.GroupBy(url => yearOf[url]).Where(g => g.Key is not null).OrderByDescending(g => g.Count()).First().Key!.Value;
        var expected = all.Where(url => yearOf[url] == year).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count < all.Count);

        await session.Page.Locator($"[data-search-years] input[value='{year}']").CheckAsync();
        await session.Page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-search-list] a').length === {Math.Min(expected.Count, 10)}");
        await session.ShowAllAsync();
        Assert.Equal(expected, (await session.ResultHrefsAsync()).Order(StringComparer.Ordinal).ToList());
        Assert.Contains($"year={year}", session.Page.Url, StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task A_topic_filter_keeps_only_that_topics_papers_and_matches_its_count(Mode mode)
    {
        var (session, all) = await SearchAsync(mode, "learning", all: true);
        await using var _ = session;
        var topicOf = site.Papers.ToDictionary(p => p.Document.Url, p => p.Paper.TopicIds);
        var topic = all.SelectMany(url => topicOf[url]).GroupBy(t => t).OrderByDescending(g => g.Count()).First().Key;
        var expected = all.Where(url => topicOf[url].Contains(topic)).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count < all.Count, "the query should find papers outside the topic too");

        var box = session.Page.Locator($"[data-search-topics] input[value='{topic}']");
        var label = await session.Page.Locator("[data-search-topics] label")
            .Filter(new() { Has = session.Page.Locator($"input[value='{topic}']") }).TextContentAsync();
        Assert.EndsWith($"({expected.Count})", label!.Trim(), StringComparison.Ordinal);
        await box.CheckAsync();
        await session.Page.WaitForFunctionAsync($"() => document.querySelectorAll('[data-search-list] a').length === {Math.Min(expected.Count, 10)}");
        await session.ShowAllAsync();
        var filtered = (await session.ResultHrefsAsync()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, filtered);
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Sort_by_date_lists_newest_first(Mode mode)
    {
        var (session, _) = await SearchAsync(mode, "learning");
        await using var s = session;
        await session.Page.SelectOptionAsync("select[name='sort']", "date");
        await session.ShowAllAsync();
        var dates = (await session.ResultHrefsAsync()).Select(url => site.Papers.Single(p => p.Document.Url == url).Document.Date).ToList();
        Assert.True(dates.Count > 5);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal).ToList(), dates);
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task The_header_box_on_a_nested_page_opens_a_result_with_the_keyboard(Mode mode)
    {
        var reversal = site.Papers.Single(p => p.Paper.Title.StartsWith("The Reversal Curse: LLMs", StringComparison.Ordinal)).Document;
        var start = site.Papers.First(p => p.Document != reversal).Document.Url;
        await using var session = await PageSession.OpenAsync(site.Browser);
        var page = session.Page;
        await page.GotoAsync(site.Url(mode, start));
        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("() => document.activeElement.name"));
        await page.Keyboard.TypeAsync("reversal curse");
        await page.WaitForSelectorAsync("[data-search-results][data-query='reversal curse'] [role=option]");
        Assert.Equal("true", await page.GetAttributeAsync("input[name=q]", "aria-expanded"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("true", await page.GetAttributeAsync("[data-search-results] [role=option] >> nth=0", "aria-selected"));
        await page.Keyboard.PressAsync("Enter");
        // Polls page.Url: a navigation wait can miss a navigation that finished before it started.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(reversal.Url) + "$"));
        Assert.Empty(session.Errors);
    }

    /// <summary>Issue 18's queries: each found nothing, or one paper, when only the words as written matched.</summary>
    public static TheoryData<Mode, string, string> WordForms => new()
    {
        { Mode.File, "transformer multiplication", "Why Can't Transformers Learn Multiplication?" },
        { Mode.Http, "transformer multiplication", "Why Can't Transformers Learn Multiplication?" },
        { Mode.File, "treatment effects transformer", "Exploring Transformer Backbones for Heterogeneous Treatment Effect Estimation" },
        { Mode.Http, "treatment effects transformer", "Exploring Transformer Backbones for Heterogeneous Treatment Effect Estimation" },
    };

    [Theory, MemberData(nameof(WordForms))]
    public async Task Other_forms_of_the_words_find_the_paper_first(Mode mode, string query, string title)
    {
        var (session, hrefs) = await SearchAsync(mode, query);
        await using var _ = session;
        Assert.Equal(site.Papers.Single(p => p.Paper.Title.StartsWith(title, StringComparison.Ordinal)).Document.Url, hrefs[0]);
        Assert.Empty(session.Errors);
    }

    /// <summary>Every paper with a form of the word in its title is found, whatever form or spelling the query uses.</summary>
    public static TheoryData<Mode, string, string> Families => new()
    {
        { Mode.File, "optimizer", "^optim" },
        { Mode.Http, "optimizer", "^optim" },
        { Mode.File, "generalisation", "^generali[sz]ation" },
        { Mode.Http, "generalisation", "^generali[sz]ation" },
        { Mode.File, "generalization", "^generali[sz]ation" },
    };

    [Theory, MemberData(nameof(Families))]
    public async Task A_word_finds_every_title_with_a_form_of_it(Mode mode, string query, string titleWord)
    {
        var pattern = new System.Text.RegularExpressions.Regex(titleWord);
        var expected = site.Papers.Where(p => SiteGen.Search.SearchTokenizer.IndexTerms(p.Paper.Title).Any(pattern.IsMatch)).Select(p => p.Document.Url).ToList();
        Assert.True(expected.Count >= 2, $"{expected.Count} titles with {titleWord}");
        var (session, hrefs) = await SearchAsync(mode, query, all: true);
        await using var _ = session;
        Assert.All(expected, url => Assert.Contains(url, hrefs));
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Forms_of_a_word_are_highlighted(Mode mode)
    {
        var (session, _) = await SearchAsync(mode, "transformer multiplication");
        await using var s = session;
        var marks = await session.Page.EvalOnSelectorAllAsync<string[]>("[data-search-list] li:first-child .search-title mark", "m => m.map(x => x.textContent)");
        Assert.Equal(["Transformers", "Multiplication"], marks);
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task The_last_word_still_completes_as_it_is_typed(Mode mode)
    {
        var (session, hrefs) = await SearchAsync(mode, "reversal cur");
        await using var _ = session;
        Assert.Equal(site.Papers.Single(p => p.Paper.Title.StartsWith("The Reversal Curse: LLMs", StringComparison.Ordinal)).Document.Url, hrefs[0]);
        Assert.Empty(session.Errors);
    }

    [Theory, MemberData(nameof(Modes))]
    public async Task Titles_highlight_the_matched_words(Mode mode)
    {
        var (session, _) = await SearchAsync(mode, "reversal curse");
        await using var s = session;
        var marks = await session.Page.EvalOnSelectorAllAsync<string[]>("[data-search-list] li:first-child .search-title mark", "m => m.map(x => x.textContent)");
        Assert.Equal(["Reversal", "Curse"], marks);
        Assert.Empty(session.Errors);
    }
}
