namespace SiteGen.Tex;

/// <summary>
/// Where text holds TeX math: <c>\(...\)</c> and <c>\[...\]</c> always; <c>$...$</c> and <c>$$...$$</c> by
/// Pandoc's rule, which keeps prices plain: the opening dollar is followed by a non-space, the closing
/// one follows a non-space and is not followed by a digit ("$20,000 and $30,000" is no formula). Two
/// more guards for the dollar of a price that meets a real formula later ("raised $5M, and top-$k$"):
/// a span holding two plain words in a row outside braces is prose, not math, and so is one longer than
/// <see cref="MaxSpan"/>. An escaped dollar (<c>\$</c>) never opens or closes.
/// </summary>
public static class MathDelimiters
{
    public const int MaxSpan = 1_000;

    /// <summary>A formula starting at <paramref name="i"/> (a "$" or a backslash), or null.</summary>
    public static (string Tex, bool Display, int Length)? At(string s, int i, int end)
    {
        if (s[i] == '\\' && i + 1 < end && s[i + 1] is '(' or '[')
        {
            var closer = s[i + 1] == '(' ? "\\)" : "\\]";
            var close = s.IndexOf(closer, i + 2, Math.Min(end, i + 2 + MaxSpan) - (i + 2), StringComparison.Ordinal);
            if (close < 0) return null;
            var tex = s[(i + 2)..close];
            return tex.Trim().Length == 0 ? null : (tex, s[i + 1] == '[', close + 2 - i);
        }
        if (s[i] != '$') return null;
        var display = i + 1 < end && s[i + 1] == '$';
        var start = i + (display ? 2 : 1);
        if (start >= end || char.IsWhiteSpace(s[start]) || s[start] == '$') return null;
        var j = NextDollar(s, start, Math.Min(end, start + MaxSpan));
        if (j < 0) return null;
        if (display)
        {
            if (j + 1 >= end || s[j + 1] != '$') return null;
        }
        else if (char.IsWhiteSpace(s[j - 1]) || (j + 1 < end && char.IsAsciiDigit(s[j + 1])))
        {
            return null;
        }
        var content = s[start..j];
        if (IsProse(content)) return null;
        return (content, display, j + (display ? 2 : 1) - i);
    }

    /// <summary>The next "$" not escaped by a backslash, or -1.</summary>
    private static int NextDollar(string s, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (s[k] == '\\') k++;
            else if (s[k] == '$') return k;
        }
        return -1;
    }

    /// <summary>
    /// Two words of two or more letters in a row, outside braces and not command names: prose. A word may
    /// end in a hyphen ("raised $5M, and top-$k$": "and top-" is prose). So is a number followed by a word,
    /// a price's amount ("$20,000 and $30,000 later, top-$k$": "30,000 later, top-" is prose).
    /// </summary>
    private static bool IsProse(string content)
    {
        var amount = content.Length > 0 && char.IsAsciiDigit(content[0]);
        int depth = 0, run = 0;
        for (var k = 0; k < content.Length;)
        {
            var c = content[k];
            if (c == '{') { depth++; k++; run = 0; continue; }
            if (c == '}') { depth = Math.Max(0, depth - 1); k++; run = 0; continue; }
            if (char.IsWhiteSpace(c)) { k++; continue; }
            var wordEnd = k;
            while (wordEnd < content.Length && char.IsAsciiLetter(content[wordEnd])) wordEnd++;
            var isWord = depth == 0 && wordEnd - k >= 2 && (k == 0 || content[k - 1] != '\\')
                && (wordEnd == content.Length || char.IsWhiteSpace(content[wordEnd]) || content[wordEnd] is ',' or '.' or ';' or '-');
            if (isWord && (amount || ++run >= 2)) return true;
            if (!isWord) run = 0;
            k = Math.Max(wordEnd, k + 1);
            // A word followed by punctuation ends the run: "a, b" is a list, "and then" is prose.
            if (isWord && wordEnd < content.Length && content[wordEnd] is ',' or '.' or ';') run = 0;
        }
        return false;
    }
}
