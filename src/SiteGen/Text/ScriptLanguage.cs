namespace SiteGen.Text;

/// <summary>
/// The language a title or abstract is most likely in, from the script most of its letters are written in:
/// for the <c>lang</c> attribute, so screen readers pick a voice and browsers a font (a Japanese title in a
/// Chinese font looks wrong). A script stands for its main language (Cyrillic: Russian, Arabic script: Arabic):
/// a guess, but a closer one than the site's language. Latin-script text says nothing (it may be any language).
/// </summary>
public static class ScriptLanguage
{
    private enum Script { Latin, Han, Kana, Hangul, Cyrillic, Greek, Arabic, Hebrew, Thai, Devanagari, Armenian, Georgian }

    private static readonly string?[] Languages = [null, "zh", "ja", "ko", "ru", "el", "ar", "he", "th", "hi", "hy", "ka"];

    /// <summary>Languages written in another script than Latin, by primary subtag: on such a site, Latin-script text is English.</summary>
    private static readonly HashSet<string> NonLatinLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "zh", "ja", "ko", "ru", "uk", "be", "bg", "mk", "kk", "mn", "el", "ar", "fa", "ur", "he", "yi", "th", "hi", "mr", "ne", "hy", "ka",
    };

    /// <summary>
    /// The language tag of <paramref name="text"/> where it differs from the site's <paramref name="siteLanguage"/>
    /// (compared by primary subtag: "zh" on a "zh-CN" site is the site's), else null.
    /// </summary>
    public static string? Differing(string text, string siteLanguage)
    {
        var site = Primary(siteLanguage);
        var language = Of(text) ?? (NonLatinLanguages.Contains(site) && HasLetters(text) ? "en" : null);
        return language is null || string.Equals(language, site, StringComparison.OrdinalIgnoreCase) ? null : language;
    }

    /// <summary>The language of the script most of the text's letters are in, or null for Latin script (or no letters).</summary>
    public static string? Of(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return null;
        Span<int> counts = stackalloc int[Languages.Length];
        foreach (var r in text.EnumerateRunes())
            if (ScriptOf(r) is { } script) counts[(int)script]++;
        // A Han or kana character is about a word: weigh it against a word's worth of Latin letters.
        var best = Script.Latin;
        var bestWeight = counts[(int)Script.Latin];
        for (var s = 1; s < counts.Length; s++)
        {
            var weight = counts[s] * ((Script)s is Script.Han or Script.Kana ? 3 : 1);
            if (weight > bestWeight) (best, bestWeight) = ((Script)s, weight);
        }
        // Japanese is written in Han and kana: any kana makes Han text Japanese.
        if (best == Script.Han && counts[(int)Script.Kana] > 0) best = Script.Kana;
        return Languages[(int)best];
    }

    private static bool HasLetters(string text)
    {
        foreach (var r in text.EnumerateRunes())
            if (System.Text.Rune.IsLetter(r)) return true;
        return false;
    }

    private static string Primary(string tag)
    {
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? tag : tag[..dash];
    }

    private static Script? ScriptOf(System.Text.Rune r)
    {
        var c = r.Value;
        if (c < 0x80) return c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' ? Script.Latin : null;
        if (!System.Text.Rune.IsLetter(r)) return null;
        return c switch
        {
            < 0x0250 or >= 0x1E00 and < 0x1F00 => Script.Latin,
            >= 0x0370 and < 0x0400 or >= 0x1F00 and < 0x2000 => Script.Greek,
            >= 0x0400 and < 0x0530 => Script.Cyrillic,
            >= 0x0530 and < 0x0590 => Script.Armenian,
            >= 0x0590 and < 0x0600 => Script.Hebrew,
            >= 0x0600 and < 0x0700 or >= 0x0750 and < 0x0780 or >= 0x08A0 and < 0x0900 => Script.Arabic,
            >= 0x0900 and < 0x0980 => Script.Devanagari,
            >= 0x0E00 and < 0x0E80 => Script.Thai,
            >= 0x10A0 and < 0x1100 => Script.Georgian,
            >= 0x3040 and < 0x3100 or >= 0x31F0 and < 0x3200 or >= 0xFF66 and < 0xFFA0 => Script.Kana,
            >= 0xAC00 and < 0xD7B0 or >= 0x1100 and < 0x1200 => Script.Hangul,
            _ when EastAsianScripts.IsIdeograph(c) => Script.Han,
            _ => null,
        };
    }
}
