using System.Text;
using AnyAscii;

namespace SiteGen.Text;

/// <summary>
/// Text of any script spelled in lower-case ASCII: slugs ("Нейронные сети" → "neyronnye seti"), the names
/// search also finds by their Latin spelling ("Иванов" by "ivanov"), and the author index's order and letters.
/// Transliteration is AnyAscii's (per character, romanizations such as pinyin for Han and Hepburn-like
/// kana), with two exceptions that keep earlier output and readable words:
/// <list type="bullet">
/// <item>a character <see cref="TextFolding.Fold"/> already spells in ASCII is spelled that way ("é" → "e",
///   "ß" → "ss"), so Latin-script text has the spelling it always had, and slugs made before stay the same;</item>
/// <item>Greek vowel pairs with upsilon and a nasal gamma follow ELOT 743 (the Greek standard, as passports
///   spell names): "ου" → "ou", "αυ"/"ευ"/"ηυ" → "av"/"ev"/"iv" ("af"... before a voiceless consonant or at a
///   word's end), "γ" before γ, ξ, χ → "n". A per-character transliteration cannot see pairs: AnyAscii alone
///   spells "Παπαδόπουλος" "papadopoylos", which nobody types.</item>
/// </list>
/// Each Han ideograph is a word of its own ("北京大学" → "bei jing da xue"): one syllable each, so slugs and
/// names read as pinyin does. Symbols and emoji separate words; characters with no Latin spelling become nothing.
/// </summary>
public static class LatinSpelling
{
    /// <summary>
    /// The Latin spelling of text written (in part) in another script, or null when folding alone spells it in
    /// ASCII (Latin script, with or without diacritics: search already finds it as it is written).
    /// </summary>
    public static string? OfOtherScript(string text) =>
        Ascii.IsValid(text) || Ascii.IsValid(TextFolding.Fold(text)) ? null : Of(text);

    public static string Of(string text)
    {
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        var folded = TextFolding.Fold(text);
        if (Ascii.IsValid(folded)) return folded; // Latin script with diacritics: most non-ASCII names

        var runes = text.Normalize(NormalizationForm.FormC).EnumerateRunes().ToArray();
        var sb = new StringBuilder(text.Length * 2);
        var wordEnded = false; // after an ideograph: the next letter starts a word
        void Append(string spelled, bool ideograph = false)
        {
            if (spelled.Length == 0) return;
            if ((ideograph || wordEnded) && sb.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(spelled[0])) sb.Append(' ');
            sb.Append(spelled);
            wordEnded = ideograph;
        }
        for (var i = 0; i < runes.Length; i++)
        {
            var r = runes[i];
            if (r.IsAscii)
            {
                Append(char.ToLowerInvariant((char)r.Value).ToString());
                continue;
            }
            var one = TextFolding.Fold(r.ToString());
            if (Ascii.IsValid(one))
                Append(one);
            else if (r.Value == '\u2019')
                Append("'"); // an apostrophe, as in "paper’s"
            else if (!IsWordRune(r))
                Append(" "); // symbols and emoji separate words: AnyAscii would spell "🚀" ":rocket:"
            else
                Append(EastAsianScripts.IsIdeograph(r.Value) ? Transliterate(r) : GreekPair(runes, i) ?? Transliterate(r), EastAsianScripts.IsIdeograph(r.Value));
        }
        return sb.ToString();
    }

    private static bool IsWordRune(Rune r) =>
        Rune.IsLetterOrDigit(r) || Rune.GetUnicodeCategory(r) is System.Globalization.UnicodeCategory.LetterNumber
            or System.Globalization.UnicodeCategory.OtherNumber or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // AnyAscii writes the Arabic ʿayn (and the like) as "`": a sound inside a word, not a break ("taʿallum").
    private static string Transliterate(Rune r) => r.ToString().Transliterate().Replace("`", "", StringComparison.Ordinal).ToLowerInvariant();

    // ELOT 743: after α, ε, η an upsilon is "f" before these (and at a word's end), else "v".
    private const string Voiceless = "θκξπσςτφχψ";

    private static string? GreekPair(Rune[] runes, int i)
    {
        var c = GreekLetter(runes, i);
        if (c == '\0') return null;
        var next = GreekLetter(runes, i + 1);
        if (c == 'γ' && next is 'γ' or 'ξ' or 'χ') return "n";
        if (c != 'υ' || i == 0 || runes[i].ToString().Normalize(NormalizationForm.FormD).Contains('\u0308', StringComparison.Ordinal))
            return null; // ϋ: a vowel of its own
        return GreekLetter(runes, i - 1) switch
        {
            'ο' => "u",
            'α' or 'ε' or 'η' => next == '\0' || Voiceless.Contains(next, StringComparison.Ordinal) ? "f" : "v",
            _ => null,
        };
    }

    /// <summary>The Greek letter at <paramref name="i"/>, lower case without accents, or '\0'.</summary>
    private static char GreekLetter(Rune[] runes, int i)
    {
        if (i < 0 || i >= runes.Length || runes[i].Value is < 0x370 or > 0x3FF and < 0x1F00 or > 0x1FFF) return '\0';
        var folded = TextFolding.Fold(runes[i].ToString());
        return folded.Length == 1 && folded[0] is >= 'α' and <= 'ω' ? folded[0] : '\0';
    }
}
