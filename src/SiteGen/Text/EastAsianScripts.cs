namespace SiteGen.Text;

/// <summary>
/// The scripts written without spaces between words (Chinese, Japanese) and Korean, whose words carry
/// particles: search cuts their text into overlapping pairs of characters (<c>Search/SearchTokenizer</c>,
/// twin in search/engine.js: <c>PAIRED</c>, the same ranges), and slugs spell each ideograph as a word.
/// </summary>
public static class EastAsianScripts
{
    /// <summary>
    /// Code point ranges (inclusive) of Han ideographs and their marks of repetition, kana, bopomofo and
    /// Hangul syllables. engine.js holds the same list: change both, and tokenizer-examples.json.
    /// </summary>
    private static readonly (int First, int Last)[] BigramRanges =
    [
        (0x2E80, 0x2FDF), // CJK and Kangxi radicals
        (0x3005, 0x3007), // 々 〆 〇
        (0x3021, 0x3029), // Hangzhou numerals
        (0x3031, 0x3035), // kana repeat marks
        (0x3038, 0x303C),
        (0x3041, 0x309F), // hiragana
        (0x30A0, 0x30FA), // katakana (not the middle dot U+30FB)
        (0x30FC, 0x30FF), // ー and katakana iteration marks
        (0x3105, 0x312F), // bopomofo
        (0x31A0, 0x31BF),
        (0x31F0, 0x31FF), // katakana phonetic extensions
        (0x3400, 0x4DBF), // Han, extension A
        (0x4E00, 0x9FFF), // Han
        (0xAC00, 0xD7AF), // Hangul syllables
        (0xF900, 0xFAFF), // Han compatibility ideographs
        (0xFF66, 0xFF9F), // half-width katakana
        (0x20000, 0x323AF), // Han, extensions B–H and compatibility supplement
    ];

    /// <summary>True for a character search indexes as pairs (Han, kana, bopomofo, Hangul).</summary>
    public static bool IsPaired(int codePoint)
    {
        if (codePoint < 0x2E80) return false;
        foreach (var (first, last) in BigramRanges)
        {
            if (codePoint < first) return false;
            if (codePoint <= last) return true;
        }
        return false;
    }

    /// <summary>True for text of one or more characters, all in these scripts.</summary>
    public static bool IsWritten(string text)
    {
        if (text.Length == 0) return false;
        foreach (var r in text.EnumerateRunes())
            if (!IsPaired(r.Value)) return false;
        return true;
    }

    /// <summary>True for a Han ideograph: one syllable, one word of its Latin spelling ("北京" → "bei jing").</summary>
    public static bool IsIdeograph(int codePoint) =>
        codePoint is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x323AF;
}
