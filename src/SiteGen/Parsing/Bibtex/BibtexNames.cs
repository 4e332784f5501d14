using SiteGen.Model;

namespace SiteGen.Parsing.Bibtex;

/// <summary>
/// BibTeX name lists: names joined by "and" (outside braces), each in one of BibTeX's three
/// forms — "First von Last", "von Last, First", "von Last, Jr, First". The von part is the
/// run of words starting in lower case; it joins the family name, as does "Jr". A braced
/// group ("{Barnes and Noble}") is one word and never a von word; "others" means et al.
/// </summary>
internal static class BibtexNames
{
    public static (IReadOnlyList<PersonName> Names, bool Truncated) Parse(string value)
    {
        var names = new List<PersonName>();
        var truncated = false;
        foreach (var part in SplitTopLevel(value, IsAnd))
        {
            var text = part.Trim();
            if (text.Length == 0) continue;
            if (text.Equals("others", StringComparison.OrdinalIgnoreCase)) { truncated = true; continue; }
            var name = ParseOne(text);
            if (name.Family.Length > 0 || name.Given.Length > 0) names.Add(name);
        }
        return (names, truncated);
    }

    private static PersonName ParseOne(string text)
    {
        var commaParts = SplitTopLevel(text, (s, i) => s[i] == ',' ? 1 : 0).Select(p => p.Trim()).ToList();
        if (commaParts.Count == 1)
        {
            var words = Words(commaParts[0]);
            if (words.Count == 1) return new PersonName("", Fold(words[0]));
            // First = words before the first lower-case word (the last word is always Last).
            var vonStart = words.FindIndex(0, words.Count - 1, IsLowerCase);
            if (vonStart < 0) return new PersonName(Fold(words.Take(words.Count - 1)), Fold(words[^1]));
            return new PersonName(Fold(words.Take(vonStart)), Fold(words.Skip(vonStart)));
        }
        var family = Fold(Words(commaParts[0]));
        var jr = commaParts.Count >= 3 ? Fold(Words(commaParts[1])) : "";
        var given = Fold(Words(commaParts[^1]));
        return new PersonName(given, jr.Length > 0 ? $"{family} {jr}" : family);
    }

    private static string Fold(string word) => LatexText.ToUnicode(word);

    private static string Fold(IEnumerable<string> words) => LatexText.ToUnicode(string.Join(' ', words));

    /// <summary>A word is lower case when its first letter at brace depth 0 is (a "{\relax Ch}" or "{Van}" group counts as upper case, "{\'e}" by its letter).</summary>
    private static bool IsLowerCase(string word)
    {
        if (word.StartsWith("{\\", StringComparison.Ordinal))
        {
            // A special character ("{\'e}", "{\relax Ch}") has the case of its letters.
            var folded = LatexText.ToUnicode(word[..Math.Min(word.Length, LatexText.GroupEnd(word, 0, word.Length) + 1)]);
            return folded.Length > 0 && char.IsLower(folded[0]);
        }
        foreach (var c in word)
        {
            if (c == '{') return false;
            if (char.IsLetter(c)) return char.IsLower(c);
        }
        return false;
    }

    /// <summary>Words split on spaces and ties (~) at brace depth 0.</summary>
    private static List<string> Words(string text) =>
        SplitTopLevel(text, (s, i) => s[i] is ' ' or '\t' or '\n' or '~' ? 1 : 0)
            .Where(w => w.Length > 0).ToList();

    private static int IsAnd(string s, int i)
    {
        // " and " with any whitespace around it, in any case.
        if (!char.IsWhiteSpace(s[i]) || i + 4 >= s.Length) return 0;
        if (string.Compare(s, i + 1, "and", 0, 3, StringComparison.OrdinalIgnoreCase) != 0) return 0;
        return char.IsWhiteSpace(s[i + 4]) ? 5 : 0;
    }

    /// <summary>Splits where <paramref name="separator"/> returns a length &gt; 0, ignoring anything inside braces.</summary>
    private static List<string> SplitTopLevel(string s, Func<string, int, int> separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\\') { i++; continue; }
            if (c == '{') { depth++; continue; }
            if (c == '}') { depth = Math.Max(0, depth - 1); continue; }
            if (depth > 0) continue;
            var length = separator(s, i);
            if (length == 0) continue;
            parts.Add(s[start..i]);
            start = i + length;
            i = start - 1;
        }
        parts.Add(s[start..]);
        return parts;
    }
}
