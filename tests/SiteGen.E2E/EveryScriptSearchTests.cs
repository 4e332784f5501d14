using SiteGen.E2E.Support;

namespace SiteGen.E2E;

/// <summary>
/// Issue 20 in the browser, on the built site (the shipped papers and every-script.bib), from disk and over HTTP: each
/// paper in Chinese, Japanese, Russian, Greek and Arabic is found by words of its own title and abstract, and by the
/// Latin spelling of its authors' names.
/// </summary>
public sealed class EveryScriptSearchTests(EveryScriptSiteFixture site) : IClassFixture<EveryScriptSiteFixture>
{
    private const string Chinese = "papers/ji-yu-shen-du-xue-xi-de-tu-xiang-fen-ge-fang-fa.html";
    private const string Japanese = "papers/shen-ceng-xue-xi-niyoru-hua-xiang-ren-shi-no-xin.html";
    private const string Russian = "papers/neyronnye-seti-dlya-analiza-tekstov.html";
    private const string Greek = "papers/michaniki-mathisi-gia-tin-analysi-iatrikon-eikonon.html";
    private const string Arabic = "papers/ltlm-lmyq-lmljh-llghh-lrbyh.html";

    /// <summary>Two or more characters of the paper's own words, from the title or the abstract (Chinese and Japanese have no spaces).</summary>
    public static TheoryData<Mode, string, string> OwnWords => new()
    {
        { Mode.File, "图像分割", Chinese }, // the example: two words inside the title
        { Mode.Http, "深度学习", Chinese },
        { Mode.File, "医学图像", Chinese }, // abstract
        { Mode.Http, "画像認識", Japanese },
        { Mode.File, "トランスフォーマー", Japanese }, // abstract, katakana
        { Mode.Http, "学習", Japanese },
        { Mode.File, "нейронные сети", Russian },
        { Mode.Http, "Нейронные", Russian },
        { Mode.File, "μηχανική μάθηση", Greek },
        { Mode.Http, "μηχανικη", Greek }, // without the accent
        { Mode.File, "التعلم العميق", Arabic },
        { Mode.Http, "العربية", Arabic },
    };

    [Theory, MemberData(nameof(OwnWords))]
    public Task Each_paper_is_found_by_its_own_words(Mode mode, string query, string paper) => AssertFoundFirst(mode, query, paper);

    /// <summary>
    /// Names by their Latin spelling (AnyAscii's, Greek as ELOT 743). Its limits show here: Japanese kanji are read as
    /// Mandarin ("山田" as "shan tian", not "yamada"), and Arabic is written without short vowels, so "الخطيب" is
    /// "lkhtyb", not "al-Khatib".
    /// </summary>
    public static TheoryData<Mode, string, string> LatinNames => new()
    {
        { Mode.File, "zhang wei", Chinese },
        { Mode.Http, "wei zhang", Chinese },
        { Mode.File, "shan tian", Japanese },
        { Mode.Http, "ivanov", Russian },
        { Mode.File, "sergey ivanov", Russian },
        { Mode.Http, "papadopoulos", Greek },
        { Mode.File, "oikonomou", Greek },
        { Mode.Http, "lkhtyb", Arabic },
    };

    [Theory, MemberData(nameof(LatinNames))]
    public Task Each_paper_is_found_by_the_latin_spelling_of_its_authors(Mode mode, string query, string paper) => AssertFoundFirst(mode, query, paper);

    private async Task AssertFoundFirst(Mode mode, string query, string paper)
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        var hrefs = await session.SearchPageAsync(site.Url(mode, "search.html?q=" + Uri.EscapeDataString(query)));
        Assert.NotEmpty(hrefs);
        Assert.Equal(paper, hrefs[0]);
        Assert.Empty(session.Errors);
    }

    /// <summary>"ivanov" finds both the Cyrillic name and "Maria Ivanova" (a prefix as typed), the name as written first.</summary>
    [Theory]
    [InlineData(Mode.File)]
    [InlineData(Mode.Http)]
    public async Task A_latin_name_finds_the_name_written_in_cyrillic_and_in_latin(Mode mode)
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        var hrefs = await session.SearchPageAsync(site.Url(mode, "search.html?q=ivanov"));
        Assert.Equal([Russian, "papers/neural-networks-for-text-analysis.html"], hrefs);
        Assert.Empty(session.Errors);
    }

    /// <summary>The matched pairs of a Chinese title are marked as one run, not as overlapping pieces.</summary>
    [Theory]
    [InlineData(Mode.File)]
    [InlineData(Mode.Http)]
    public async Task Chinese_words_found_are_marked_once_in_the_result(Mode mode)
    {
        await using var session = await PageSession.OpenAsync(site.Browser);
        await session.SearchPageAsync(site.Url(mode, "search.html?q=" + Uri.EscapeDataString("图像分割")));
        var title = session.Page.Locator("[data-search-list] li >> nth=0").Locator(".search-title");
        Assert.Equal("基于深度学习的图像分割方法研究", await title.TextContentAsync());
        Assert.Equal(["图像分割"], await title.Locator("mark").AllTextContentsAsync());
        Assert.Empty(session.Errors);
    }
}
