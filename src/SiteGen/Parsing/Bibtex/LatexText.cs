using System.Text;

namespace SiteGen.Parsing.Bibtex;

/// <summary>
/// BibTeX field text → plain Unicode: accents (<c>{\"u}</c>, <c>\'{e}</c>, <c>\v c</c>) become
/// composed letters, special letters (<c>\ss</c>, <c>\o</c>) and escapes (<c>\&amp;</c>,
/// <c>\textbackslash{}</c>) their characters, formatting commands (<c>\textbf{x}</c>,
/// <c>\emph{x}</c>) their argument, and grouping braces vanish. Math (<c>$...$</c>) is kept
/// as written: it means nothing without a TeX renderer, and abstracts elsewhere keep it too.
/// Everything here inverts <see cref="Citation.BibtexWriter.Escape"/>.
/// </summary>
public static class LatexText
{
    private static readonly Dictionary<char, char> Accents = new()
    {
        ['"'] = '\u0308', ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['~'] = '\u0303',
        ['='] = '\u0304', ['.'] = '\u0307', ['u'] = '\u0306', ['v'] = '\u030C', ['H'] = '\u030B',
        ['c'] = '\u0327', ['k'] = '\u0328', ['r'] = '\u030A', ['d'] = '\u0323', ['b'] = '\u0331',
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["th"] = "þ",
        ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textasciicircum"] = "^", ["textunderscore"] = "_",
        ["textendash"] = "–", ["textemdash"] = "—", ["endash"] = "–", ["emdash"] = "—", ["textquoteright"] = "’", ["textquoteleft"] = "‘",
        ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…", ["copyright"] = "©", ["textregistered"] = "®",
        ["relax"] = "", ["noopsort"] = "", ["/"] = "", ["-"] = "", [","] = " ", [" "] = " ", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["MF"] = "METAFONT",
    };

    /// <summary>
    /// Groups and commands nested deeper than this are read as plain text (braces and command
    /// names dropped): each level is a recursive call, and 200,000 nested \emph{ overflowed the
    /// stack. Real titles nest two or three levels.
    /// </summary>
    public const int MaxGroupDepth = 32;

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\{}~$-`'");

    public static string ToUnicode(string tex)
    {
        if (tex.AsSpan().IndexOfAny(Special) < 0) return CollapseSpaces(tex);
        var sb = new StringBuilder(tex.Length);
        Append(tex, 0, tex.Length, sb);
        return CollapseSpaces(sb.ToString().Normalize(NormalizationForm.FormC));
    }

    /// <summary>
    /// URLs and DOIs are written as-is (the url package's convention): only a backslash before
    /// a non-letter ("\_", "\%") is an escape; "~" and "--" keep their literal meaning.
    /// </summary>
    public static string Verbatim(string tex)
    {
        if (!tex.Contains('\\', StringComparison.Ordinal)) return tex.Trim();
        var sb = new StringBuilder(tex.Length);
        for (var i = 0; i < tex.Length; i++)
        {
            if (tex[i] == '\\' && i + 1 < tex.Length && !char.IsAsciiLetter(tex[i + 1])) i++;
            sb.Append(tex[i]);
        }
        return sb.ToString().Trim();
    }

    private static void Append(string s, int start, int end, StringBuilder sb, int depth = 0)
    {
        if (depth > MaxGroupDepth)
        {
            AppendPlain(s, start, end, sb);
            return;
        }
        var i = start;
        while (i < end)
        {
            var c = s[i];
            switch (c)
            {
                case '{' or '}':
                    i++;
                    break;
                case '~':
                    sb.Append(' ');
                    i++;
                    break;
                case '$':
                    // Math is kept verbatim up to the closing dollar (or the end).
                    var close = s.IndexOf('$', i + 1);
                    var stop = close < 0 || close >= end ? end : close + 1;
                    sb.Append(s, i, stop - i);
                    i = stop;
                    break;
                case '-' when i + 2 < end && s[i + 1] == '-' && s[i + 2] == '-':
                    sb.Append('—');
                    i += 3;
                    break;
                case '-' when i + 1 < end && s[i + 1] == '-':
                    sb.Append('–');
                    i += 2;
                    break;
                case '`' when i + 1 < end && s[i + 1] == '`':
                    sb.Append('“');
                    i += 2;
                    break;
                case '\'' when i + 1 < end && s[i + 1] == '\'':
                    sb.Append('”');
                    i += 2;
                    break;
                case '\\':
                    i = Command(s, i + 1, end, sb, depth);
                    break;
                default:
                    sb.Append(c);
                    i++;
                    break;
            }
        }
    }

    /// <summary>
    /// An accent (<c>\"o</c>, <c>\'{e}</c>, <c>\v c</c>) or a special letter or symbol (<c>\ss</c>, <c>\ldots</c>)
    /// at the backslash <paramref name="backslash"/>: its text is appended and the index after it returned;
    /// -1 (nothing appended) for any other command. Abstracts use it for the letters, and decide the rest themselves.
    /// </summary>
    internal static int AppendLetter(string s, int backslash, int end, StringBuilder sb)
    {
        var i = backslash + 1;
        if (i >= end) return -1;
        if (!char.IsAsciiLetter(s[i])) return Accents.ContainsKey(s[i]) ? Command(s, i, end, sb, 0) : -1;
        var nameEnd = i;
        while (nameEnd < end && char.IsAsciiLetter(s[nameEnd])) nameEnd++;
        var name = s[i..nameEnd];
        return (name.Length == 1 && Accents.ContainsKey(name[0])) || Symbols.ContainsKey(name) ? Command(s, i, end, sb, 0) : -1;
    }

    /// <summary>Reads the command after a backslash at <paramref name="i"/>; returns the index after it and its argument.</summary>
    private static int Command(string s, int i, int end, StringBuilder sb, int depth)
    {
        if (i >= end) { sb.Append('\\'); return i; }
        var c = s[i];
        if (!char.IsAsciiLetter(c))
        {
            if (Accents.TryGetValue(c, out var mark)) return Accent(s, i + 1, end, mark, sb, depth);
            if (Symbols.TryGetValue(c.ToString(), out var sym)) { sb.Append(sym); return i + 1; }
            sb.Append(c); // \& \% \$ \# \_ \{ \} and any other escaped character
            return i + 1;
        }

        var nameEnd = i;
        while (nameEnd < end && char.IsAsciiLetter(s[nameEnd])) nameEnd++;
        var name = s[i..nameEnd];
        // Single-letter accent commands (\u, \v, \H, \c, ...) take the next letter or group.
        if (name.Length == 1 && Accents.TryGetValue(name[0], out var letterMark))
            return Accent(s, SkipSpaces(s, nameEnd, end), end, letterMark, sb, depth);
        var after = SkipSpaces(s, nameEnd, end);
        if (Symbols.TryGetValue(name, out var symbol))
        {
            sb.Append(symbol);
            // "\ss{}" and "\o{}" close with an empty group.
            return after + 1 < end && s[after] == '{' && s[after + 1] == '}' ? after + 2 : after;
        }
        if (after < end && s[after] == '{')
        {
            // A wrapper or an unknown command with an argument: keep the argument's text.
            var argEnd = GroupEnd(s, after, end);
            Append(s, after + 1, argEnd, sb, depth + 1);
            return Math.Min(argEnd + 1, end);
        }
        return after; // unknown command without argument (\bf, \it, \sc): a switch, dropped
    }

    private static int Accent(string s, int i, int end, char mark, StringBuilder sb, int depth)
    {
        if (i >= end) return i;
        if (depth > MaxGroupDepth)
        {
            AppendPlain(s, i, end, sb);
            return end;
        }
        string baseText;
        int next;
        if (s[i] == '{')
        {
            var groupEnd = GroupEnd(s, i, end);
            var inner = new StringBuilder();
            Append(s, i + 1, groupEnd, inner, depth + 1);
            baseText = inner.ToString();
            next = Math.Min(groupEnd + 1, end);
        }
        else if (s[i] == '\\')
        {
            var inner = new StringBuilder();
            next = Command(s, i + 1, end, inner, depth + 1);
            baseText = inner.ToString();
        }
        else
        {
            baseText = s[i].ToString();
            next = i + 1;
        }
        // \i and \j are dotless only so the accent can sit on them; the composed letter uses i/j.
        if (baseText.Length > 0 && baseText[0] is 'ı' or 'ȷ') baseText = (baseText[0] == 'ı' ? "i" : "j") + baseText[1..];
        if (baseText.Length == 0) sb.Append(mark);
        else sb.Append(baseText[0]).Append(mark).Append(baseText, 1, baseText.Length - 1);
        return next;
    }

    /// <summary>Past <see cref="MaxGroupDepth"/>: the text with braces and command names (\emph) dropped, in one pass.</summary>
    private static void AppendPlain(string s, int start, int end, StringBuilder sb)
    {
        for (var i = start; i < end; i++)
        {
            var c = s[i];
            if (c is '{' or '}') continue;
            if (c == '\\' && i + 1 < end && char.IsAsciiLetter(s[i + 1]))
            {
                while (i + 1 < end && char.IsAsciiLetter(s[i + 1])) i++;
                continue;
            }
            sb.Append(c);
        }
    }

    private static int SkipSpaces(string s, int i, int end)
    {
        while (i < end && s[i] is ' ' or '\t' or '\n' or '\r') i++;
        return i;
    }

    /// <summary>Index of the brace closing the group that opens at <paramref name="open"/>, or <paramref name="end"/>.</summary>
    internal static int GroupEnd(string s, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (s[i] == '\\') { i++; continue; }
            if (s[i] == '{') depth++;
            else if (s[i] == '}' && --depth == 0) return i;
        }
        return end;
    }

    private static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
