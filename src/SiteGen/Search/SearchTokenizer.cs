using System.Globalization;
using System.Text;
using SiteGen.Text;

namespace SiteGen.Search;

/// <summary>
/// Splits text into folded search terms. search/engine.js has a twin of this (function <c>compounds</c>);
/// both are tested against tests/SiteGen.Tests/Search/TestFiles/tokenizer-examples.json so they agree.
/// </summary>
/// <remarks>
/// A compound is a run of letters, digits and marks, possibly joined by hyphens or apostrophes
/// ("U-Net", "PointNet", "GPT-4o"). It splits into parts at joiners, at camel-case humps
/// ("PointNet" → Point|Net, "UNet" → U|Net, but "LLMs" stays whole: a one-letter lower tail is a plural)
/// and between letters and digits. The index stores every part and, for compounds of several parts,
/// the parts joined ("unet"); a query uses only the joined form, so "U-Net", "UNet" and "unet" all
/// find each other, and "u net" finds them through the parts.
/// <para>
/// Chinese and Japanese are written without spaces, and Korean words carry their particles: a run of
/// such characters (<see cref="EastAsianScripts.IsPaired"/>) gives each overlapping pair of characters as a
/// term of its own ("图像分割" → 图像, 像分, 分割; one character alone is a term), in the index and in
/// queries alike, so any two or more characters of a title's own words find it (every pair must match).
/// Pairs keep their characters as written (NFC): kana voicing marks are not accents.
/// </para>
/// </remarks>
internal static class SearchTokenizer
{
    /// <summary>Longer terms are URLs, hashes or glued junk, not words anyone types.</summary>
    public const int MaxTermLength = 40;

    /// <summary>Every term the index stores for <paramref name="text"/>, in order of appearance, repeats kept.</summary>
    public static IEnumerable<string> IndexTerms(string text)
    {
        foreach (var parts in Compounds(text))
        {
            foreach (var part in parts)
                if (part.Length <= MaxTermLength) yield return part;
            if (parts.Count > 1)
            {
                var joined = string.Concat(parts);
                if (joined.Length <= MaxTermLength) yield return joined;
            }
        }
    }

    /// <summary>Receives index terms as spans that are only valid during the call.</summary>
    public interface ITermSink
    {
        void Add(ReadOnlySpan<char> term);
    }

    [ThreadStatic] private static char[]? t_compound;

    /// <summary>
    /// The terms of <see cref="IndexTerms(string)"/>, handed to <paramref name="sink"/> without
    /// making a string per term (order within a compound may differ). Plain ASCII text, most of
    /// what is indexed, takes a path over its chars that allocates nothing; other text goes
    /// through <see cref="IndexTerms(string)"/>. Tests hold the two to the same terms.
    /// </summary>
    public static void IndexTerms<TSink>(string text, ref TSink sink) where TSink : struct, ITermSink
    {
        if (!Ascii.IsValid(text))
        {
            foreach (var term in IndexTerms(text)) sink.Add(term);
            return;
        }
        var buffer = t_compound ??= new char[256];
        Span<int> ends = stackalloc int[64];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i])) { i++; continue; }
            // One compound: its chars lower-cased into buffer (joiners dropped, so the joined form
            // is the whole buffer), and where each part ends.
            var compoundStart = i;
            var length = 0;
            var parts = 0;
            var overflow = false;
            var previous = CharKind.None;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsAsciiLetterOrDigit(c))
                {
                    var kind = c <= '9' ? CharKind.Digit : c <= 'Z' ? CharKind.Upper : CharKind.Lower;
                    if (previous != CharKind.None && IsAsciiBoundary(previous, kind, text, i)) EndPart(ends, ref parts, length, ref overflow);
                    if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                    buffer[length++] = char.ToLowerInvariant(c);
                    previous = kind;
                    i++;
                }
                else if (c is '-' or '\'' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
                {
                    EndPart(ends, ref parts, length, ref overflow);
                    previous = CharKind.None;
                    i++;
                }
                else break;
            }
            EndPart(ends, ref parts, length, ref overflow);
            t_compound = buffer;
            if (overflow)
            {
                // More parts than the scratch list holds (a pathological "a-b-c-…" run): the general path.
                foreach (var term in IndexTerms(text[compoundStart..i])) sink.Add(term);
                continue;
            }
            var start = 0;
            for (var p = 0; p < parts; p++)
            {
                if (ends[p] - start <= MaxTermLength) sink.Add(buffer.AsSpan(start, ends[p] - start));
                start = ends[p];
            }
            if (parts > 1 && length <= MaxTermLength) sink.Add(buffer.AsSpan(0, length));
        }
    }

    private static void EndPart(Span<int> ends, ref int parts, int length, ref bool overflow)
    {
        if (parts > 0 && ends[parts - 1] == length) return; // nothing since the last end
        if (length == 0) return;
        if (parts == ends.Length) { overflow = true; return; }
        ends[parts++] = length;
    }

    /// <summary><see cref="IsBoundary"/> for ASCII text: its chars are its runes and it has no marks.</summary>
    private static bool IsAsciiBoundary(CharKind previous, CharKind current, string text, int i)
    {
        if ((previous == CharKind.Digit) != (current == CharKind.Digit)) return true;
        if (previous == CharKind.Lower && current == CharKind.Upper) return true;
        return previous == CharKind.Upper && current == CharKind.Upper
            && i + 2 < text.Length && char.IsAsciiLetterLower(text[i + 1]) && char.IsAsciiLetterLower(text[i + 2]);
    }

    /// <summary>The terms a query asks for: one per compound, its parts joined.</summary>
    public static IReadOnlyList<string> QueryTerms(string text) =>
        [.. Compounds(text).Select(parts => string.Concat(parts)).Where(t => t.Length <= MaxTermLength)];

    /// <summary>Each compound of <paramref name="text"/> as its folded, non-empty parts.</summary>
    public static IEnumerable<IReadOnlyList<string>> Compounds(string text)
    {
        var runes = text.EnumerateRunes().ToArray();
        var i = 0;
        while (i < runes.Length)
        {
            if (!IsWordRune(runes[i])) { i++; continue; }
            if (IsPaired(runes[i]))
            {
                foreach (var pair in Pairs(runes, ref i)) yield return [pair];
                continue;
            }
            var parts = new List<string>();
            var part = new StringBuilder();
            var previous = CharKind.None;
            while (i < runes.Length)
            {
                var r = runes[i];
                if (IsWordRune(r) && !IsPaired(r))
                {
                    var kind = KindOf(r);
                    if (IsBoundary(previous, kind, runes, i)) Flush(part, parts);
                    AppendRune(part, r);
                    if (kind != CharKind.Mark) previous = kind;
                    i++;
                }
                else if (IsJoiner(r) && i + 1 < runes.Length && IsWordRune(runes[i + 1]) && !IsPaired(runes[i + 1]) && part.Length > 0)
                {
                    Flush(part, parts);
                    previous = CharKind.None;
                    i++;
                }
                else break;
            }
            Flush(part, parts);
            if (parts.Count > 0) yield return parts;
        }
    }

    private static bool IsPaired(Rune r) => EastAsianScripts.IsPaired(r.Value);

    /// <summary>
    /// The run of paired characters at <paramref name="i"/> (each with the marks after it) as its overlapping
    /// pairs, or the one character of a run of one; <paramref name="i"/> moves past the run.
    /// </summary>
    private static List<string> Pairs(Rune[] runes, ref int i)
    {
        var units = new List<string>();
        var unit = new StringBuilder();
        while (i < runes.Length && IsPaired(runes[i]))
        {
            AppendRune(unit, runes[i++]);
            while (i < runes.Length && KindOf(runes[i]) == CharKind.Mark) AppendRune(unit, runes[i++]);
            units.Add(unit.ToString());
            unit.Clear();
        }
        if (units.Count == 1) return [units[0].Normalize(NormalizationForm.FormC)];
        var pairs = new List<string>(units.Count - 1);
        for (var u = 0; u + 1 < units.Count; u++) pairs.Add((units[u] + units[u + 1]).Normalize(NormalizationForm.FormC));
        return pairs;
    }

    private static void AppendRune(StringBuilder sb, Rune r)
    {
        if (r.IsBmp) sb.Append((char)r.Value);
        else sb.Append(r.ToString());
    }

    private static void Flush(StringBuilder part, List<string> parts)
    {
        if (part.Length == 0) return;
        var text = part.ToString();
        // Plain ASCII folds to its lower case: skip the Unicode normalisation (most words, most of the build time).
        var folded = Ascii.IsValid(text) ? text.ToLowerInvariant() : TextFolding.Fold(text);
        if (folded.Length > 0) parts.Add(folded);
        part.Clear();
    }

    private enum CharKind { None, Upper, Lower, OtherLetter, Digit, Mark }

    private static CharKind KindOf(Rune r)
    {
        if (r.IsAscii)
            return r.Value switch
            {
                >= 'A' and <= 'Z' => CharKind.Upper,
                >= 'a' and <= 'z' => CharKind.Lower,
                >= '0' and <= '9' => CharKind.Digit,
                _ => CharKind.OtherLetter,
            };
        var category = Rune.GetUnicodeCategory(r);
        return category switch
        {
            UnicodeCategory.UppercaseLetter => CharKind.Upper,
            UnicodeCategory.LowercaseLetter => CharKind.Lower,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => CharKind.Digit,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Mark,
            _ => CharKind.OtherLetter,
        };
    }

    // A new part starts at a letter/digit switch, at lower→Upper ("Point|Net"), and before the last
    // capital of a capital run followed by two or more lower-case letters ("U|Net", "HTML|Parser").
    private static bool IsBoundary(CharKind previous, CharKind current, Rune[] runes, int i)
    {
        if (previous == CharKind.None || current == CharKind.Mark) return false;
        var previousDigit = previous == CharKind.Digit;
        var currentDigit = current == CharKind.Digit;
        if (previousDigit != currentDigit) return true;
        if (previous == CharKind.Lower && current == CharKind.Upper) return true;
        if (previous == CharKind.Upper && current == CharKind.Upper)
            return LowerRunLength(runes, i + 1) >= 2;
        return false;
    }

    private static int LowerRunLength(Rune[] runes, int start)
    {
        var n = 0;
        for (var j = start; j < runes.Length; j++)
        {
            var kind = KindOf(runes[j]);
            if (kind == CharKind.Mark) continue;
            if (kind != CharKind.Lower) break;
            n++;
        }
        return n;
    }

    private static bool IsWordRune(Rune r)
    {
        if (r.IsAscii) return r.Value is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9';
        var category = Rune.GetUnicodeCategory(r);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    // Hyphens (ASCII, U+2010, U+2011) and apostrophes (ASCII, U+2019) join the parts of a compound.
    private static bool IsJoiner(Rune r) => r.Value is '-' or '\u2010' or '\u2011' or '\'' or '\u2019';
}
