using FsCheck;
using FsCheck.Fluent;
using SiteGen.Text;

namespace SiteGen.Tests.Text;

/// <summary>Slugs are URL path segments and file names: readable, ASCII, safe on every file system.</summary>
public sealed class SlugifierTests
{
    [Theory]
    [InlineData("The Reversal Curse: LLMs trained on \"A is B\" fail", "the-reversal-curse-llms-trained-on-a-is-b-fail")]
    [InlineData("Aurélien Lucchi", "aurelien-lucchi")] // diacritics folded
    [InlineData("Straße Øre Łódź", "strasse-ore-lodz")]
    [InlineData("A model's view of the paper’s title", "a-models-view-of-the-papers-title")] // apostrophes join, never split
    [InlineData("U-Net++ (v2.0)", "u-net-v2-0")]
    [InlineData("../../etc/passwd", "etc-passwd")] // no path survives
    [InlineData("  --Leading and trailing--  ", "leading-and-trailing")]
    public void Text_becomes_lower_case_ascii_words_joined_by_dashes(string text, string slug) =>
        Assert.Equal(slug, Slugifier.Slugify(text));

    /// <summary>Issue 20: every script gets a readable slug (AnyAscii's spelling; Greek pairs as ELOT 743 spells them).</summary>
    [Theory]
    [InlineData("Нейронные сети для анализа текстов", "neyronnye-seti-dlya-analiza-tekstov")]
    [InlineData("Иванов, Сергей", "ivanov-sergey")]
    [InlineData("Παπαδόπουλος, Γιώργος", "papadopoulos-giorgos")]
    [InlineData("Ευάγγελος Αύγουστος Σίσυφος", "evangelos-avgoustos-sisyfos")]
    [InlineData("Ευ ϋ αϋλος", "ef-y-aylos")] // "af/ef" at a word's end; with a diaeresis upsilon is a vowel of its own
    [InlineData("基于深度学习的图像分割方法研究", "ji-yu-shen-du-xue-xi-de-tu-xiang-fen-ge-fang-fa-yan-jiu")] // one ideograph, one word
    [InlineData("深層学習による画像認識", "shen-ceng-xue-xi-niyoru-hua-xiang-ren-shi")] // kana runs stay one word
    [InlineData("ディープラーニング", "deipuraningu")]
    [InlineData("한국어 자연어 처리", "hangugeo-jayeoneo-cheoli")]
    [InlineData("تحليل النصوص العربية", "thlyl-lnsws-lrbyh")]
    [InlineData("BERT模型的微调", "bert-mo-xing-de-wei-diao")]
    [InlineData("Ötzi: ﬁnding ǅ", "otzi-finding-dz")] // what Fold spells in ASCII it spells as before; a ligature folds too
    public void Text_in_any_script_becomes_readable_ascii(string text, string slug) =>
        Assert.Equal(slug, Slugifier.Slugify(text));

    /// <summary>
    /// Slugs made before transliteration stay the slugs of the same titles (a new paper with an old title gets
    /// the same address as before): for text that folding alone spelled in ASCII, the spelling is folding's,
    /// also beside a word of another script (which takes the character by character path).
    /// </summary>
    [Fact]
    public void Text_folding_spelled_in_ascii_keeps_its_old_spelling()
    {
        var pieces = Gen.Elements("a", "Z", "9", " ", "-", "é", "e\u0301", "ß", "Æ", "ø", "Ł", "ǅ", "'", "’", "Ö", "ñ", "ı", "Þ", ".", "İ");
        var texts = Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(pieces, n)).Select(string.Concat);
        Check.One(Import.PropertyRuns.Quick(1000), Prop.ForAll(texts.ToArbitrary(), text =>
            !System.Text.Ascii.IsValid(TextFolding.Fold(text))
            || (LatinSpelling.Of(text) == TextFolding.Fold(text) && LatinSpelling.Of(text + " Жук") == TextFolding.Fold(text) + " zhuk")));
    }

    [Theory]
    [InlineData("CON")]
    [InlineData("nul")]
    [InlineData("Lpt1")]
    [InlineData("index")] // would collide with a folder's index page
    public void Names_windows_or_the_site_reserves_get_a_suffix(string text) =>
        Assert.Equal(text.ToLowerInvariant() + "-1", Slugifier.Slugify(text));

    [Theory]
    [InlineData("")]
    [InlineData("🙂🚀")]
    [InlineData("\u200b\u202e\0")]
    [InlineData("⚙ ★ → ©")] // symbols are not words
    public void Text_with_nothing_to_keep_gives_the_fallback(string text) =>
        Assert.Equal("topic", Slugifier.Slugify(text, fallback: "topic"));

    [Fact]
    public void A_long_title_is_cut_at_a_word_boundary_and_one_long_word_mid_word()
    {
        var slug = Slugifier.Slugify("Learning Representations of Scientific Papers from Their Citations and Their Full Texts", 40);
        Assert.Equal("learning-representations-of-scientific", slug);
        Assert.Equal(new string('a', 40), Slugifier.Slugify(new string('a', 5000), 40));
    }

    [Fact]
    public void Any_text_gives_a_dash_joined_ascii_slug_within_the_length()
    {
        var pieces = Gen.Elements("a", "Z", "9", " ", "-", "/", "..", "\\", "é", "ß", "'", "’", "\0", "\u200b", "🙂", "CON", "国", ":", "*", "?", "\"", "<", ">", "|");
        var texts = Gen.Choose(0, 120).SelectMany(n => Gen.ArrayOf(pieces, n)).Select(string.Concat);
        Check.One(Import.PropertyRuns.Quick(1000), Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var slug = Slugifier.Slugify(text, 60);
            return System.Text.RegularExpressions.Regex.IsMatch(slug, "^[a-z0-9]+(-[a-z0-9]+)*$") && slug.Length <= 62;
        }));
    }
}
