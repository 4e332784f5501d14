using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Issue 20, a whole build of papers in Chinese, Japanese, Russian, Greek and Arabic (and one in English): readable,
/// unique ASCII addresses for papers and people, names shown as written and filed by their Latin spelling, and
/// pages that say which language a title and an abstract are in. (Search: SiteGen.E2E EveryScriptSearchTests.)
/// </summary>
public sealed partial class EveryScriptSiteTests : IDisposable
{
    private readonly TestSite _site = new(copyShippedInput: false);

    public EveryScriptSiteTests()
    {
        _site.Write("every-script.bib", File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Site", "TestFiles", "every-script.bib")));
        Assert.True(_site.Build().Written);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Read by eye: pinyin for Chinese (and, AnyAscii's reading, for Japanese kanji), kana romanized, Greek as ELOT 743.</summary>
    public static TheoryData<string, string> Papers => new()
    {
        { "基于深度学习的图像分割方法研究", "ji-yu-shen-du-xue-xi-de-tu-xiang-fen-ge-fang-fa" },
        { "深層学習による画像認識の新手法", "shen-ceng-xue-xi-niyoru-hua-xiang-ren-shi-no-xin" },
        { "Нейронные сети для анализа текстов", "neyronnye-seti-dlya-analiza-tekstov" },
        { "Μηχανική μάθηση για την ανάλυση ιατρικών εικόνων", "michaniki-mathisi-gia-tin-analysi-iatrikon-eikonon" },
        { "التعلم العميق لمعالجة اللغة العربية", "ltlm-lmyq-lmljh-llghh-lrbyh" },
        { "Neural Networks for Text Analysis", "neural-networks-for-text-analysis" },
    };

    [Theory, MemberData(nameof(Papers))]
    public void Each_paper_has_a_readable_ascii_address_and_its_title_as_written(string title, string slug)
    {
        var page = _site.Html($"papers/{slug}.html");
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(title + " · Publications", page.Title);
    }

    [Fact]
    public void Every_paper_and_author_address_is_unique_lower_case_ascii()
    {
        var slug = SlugPattern();
        var papers = _site.Pages("papers").Select(Path.GetFileNameWithoutExtension).Where(n => n != "index").ToList();
        var authors = _site.Pages("authors").Select(Path.GetFileNameWithoutExtension).Where(n => n != "index").ToList();
        Assert.All(papers.Concat(authors), name => Assert.Matches(slug, name!));
        Assert.Equal(papers.Count, papers.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(12, authors.Count);
    }

    /// <summary>Chinese, Japanese and Korean names family name first, as written; every author page at a readable address.</summary>
    [Theory]
    [InlineData("张伟", "zhang-wei")]
    [InlineData("山田太郎", "shan-tian-tai-lang")]
    [InlineData("Сергей Иванов", "sergey-ivanov")]
    [InlineData("Γιώργος Παπαδόπουλος", "giorgos-papadopoulos")]
    [InlineData("خالد الخطيب", "khld-lkhtyb")]
    public void Each_author_is_shown_as_written_at_a_readable_address(string name, string slug)
    {
        var page = _site.Html($"authors/{slug}.html");
        Assert.Equal(name, page.QuerySelector("h1")!.TextContent.Trim());
        var paper = _site.Html("papers/" + Papers.Single(p => page.QuerySelector("a.paper-title")!.TextContent == (string)p[0])[1] + ".html");
        Assert.Contains(name, paper.QuerySelectorAll(".paper-authors a").Select(a => a.TextContent));
    }

    /// <summary>Keywords in other scripts are topics of their own (before, every one of them was the one page topics/topic.html).</summary>
    [Theory]
    [InlineData("图像分割", "tu-xiang-fen-ge")]
    [InlineData("医学图像", "yi-xue-tu-xiang")]
    [InlineData("画像認識", "hua-xiang-ren-shi")]
    public void Keywords_in_other_scripts_are_topics_at_readable_addresses(string name, string slug) =>
        Assert.Equal(name, _site.Html($"topics/{slug}.html").QuerySelector("h1")!.TextContent.Trim());

    /// <summary>The author index files each name by its Latin spelling and shows it as written.</summary>
    [Fact]
    public void The_author_index_groups_and_sorts_names_by_their_latin_spelling()
    {
        var index = _site.Html("authors/index.html");
        var groups = index.QuerySelectorAll("h2[id^='letter-']").ToDictionary(
            h => h.TextContent.Trim(),
            h => h.NextElementSibling!.QuerySelectorAll("a").Select(a => a.TextContent.Trim()).ToList());

        Assert.Equal(["Иванов, Сергей", "Ivanova, Maria"], groups["I"]); // "ivanov" before "ivanova"
        Assert.Equal(["Παπαδόπουλος, Γιώργος", "Петрова, Анна"], groups["P"]); // papadopoulos, petrova
        Assert.Equal(["山田, 太郎", "Smith, Jane"], groups["S"]); // shan tian (AnyAscii reads kanji as Mandarin), smith
        Assert.Equal(["حسن, سامي"], groups["H"]); // hsn: Arabic is written without short vowels, and so spelled
        Assert.Equal(["李, 娜", "الخطيب, خالد"], groups["L"]); // li, then lkhtyb (the article al- is part of the name)
        Assert.Equal(["张, 伟", "佐藤, 花子"], groups["Z"]); // zhang, zuo teng
        Assert.DoesNotContain("#", groups.Keys);
    }

    [Fact]
    public void Titles_and_abstracts_say_their_language_where_it_is_not_the_sites()
    {
        (string? Title, string? Abstract) Langs(string slug)
        {
            var page = _site.Html($"papers/{slug}.html");
            return (page.QuerySelector("h1")!.GetAttribute("lang"), page.QuerySelector(".paper-body > div[lang]")?.GetAttribute("lang"));
        }
        Assert.Equal(("zh", "zh"), Langs("ji-yu-shen-du-xue-xi-de-tu-xiang-fen-ge-fang-fa"));
        Assert.Equal(("ja", "ja"), Langs("shen-ceng-xue-xi-niyoru-hua-xiang-ren-shi-no-xin"));
        Assert.Equal(("ru", "ru"), Langs("neyronnye-seti-dlya-analiza-tekstov"));
        Assert.Equal(("el", "el"), Langs("michaniki-mathisi-gia-tin-analysi-iatrikon-eikonon"));
        Assert.Equal(("ar", "ar"), Langs("ltlm-lmyq-lmljh-llghh-lrbyh"));
        Assert.Equal((null, null), Langs("neural-networks-for-text-analysis"));
        Assert.Equal("en", _site.Html("index.html").DocumentElement.GetAttribute("lang"));

        // In lists too: the title link of each paper on the all-papers page, and the abstract it opens in place.
        var list = _site.Html("papers/index.html");
        var items = list.QuerySelectorAll("li.paper-item").ToDictionary(li => li.QuerySelector("a.paper-title")!.TextContent);
        (string? Title, string? Abstract) ListLangs(string title) =>
            (items[title].QuerySelector("a.paper-title")!.GetAttribute("lang"), items[title].QuerySelector("details div.toggle-body")!.GetAttribute("lang"));
        Assert.Equal(("ja", "ja"), ListLangs("深層学習による画像認識の新手法"));
        Assert.Equal(("ar", "ar"), ListLangs("التعلم العميق لمعالجة اللغة العربية"));
        Assert.Equal((null, null), ListLangs("Neural Networks for Text Analysis"));
    }

    /// <summary>On a site in Chinese, the English paper is the one in another language.</summary>
    [Fact]
    public void On_a_site_in_another_script_latin_script_papers_are_marked_english()
    {
        _site.Write("site.yml", "language: zh-CN\n");
        Assert.True(_site.Build().Written);
        Assert.Null(_site.Html("papers/ji-yu-shen-du-xue-xi-de-tu-xiang-fen-ge-fang-fa.html").QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("en", _site.Html("papers/neural-networks-for-text-analysis.html").QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("ja", _site.Html("papers/shen-ceng-xue-xi-niyoru-hua-xiang-ren-shi-no-xin.html").QuerySelector("h1")!.GetAttribute("lang"));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
