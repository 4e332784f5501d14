using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Parsing.Bibtex;

namespace SiteGen.Tex;

/// <summary>
/// Reads an abstract as arXiv-style listings write it, plain text with TeX in it, into
/// <see cref="TexInline"/>s: formulas (<see cref="MathDelimiters"/>); text commands
/// (<c>\emph{x}</c>, <c>\textit{x}</c>, <c>\textbf{x}</c>, <c>\texttt{x}</c>, <c>{\em x}</c>, ...); escapes
/// (<c>\%</c>, <c>\&amp;</c>, <c>\_</c>, <c>\#</c>, <c>\$</c>), accents and special letters (<c>\"o</c>,
/// <c>\ss</c>, as <see cref="LatexText"/> reads them), <c>``quotes''</c>, <c>--</c> and <c>---</c>, ties
/// (<c>Fig.~3</c>), thin spaces (<c>\,</c>), the abbreviations papers define (<c>\eg</c>, <c>\ie</c>,
/// <c>\etal</c>), <c>\url</c>, <c>\href</c> and bare http(s) addresses.
///
/// Abstracts are also plain text that never saw TeX, so only what is unmistakably TeX is read as TeX:
/// a "~" after a space ("~5%") stays a tilde, "--flag" after a space stays as written, a brace opens a
/// group only before a backslash (<c>{\em x}</c>, <c>{\sim}</c>), and an unknown command (<c>\mup</c>)
/// is shown as written rather than dropped. Groups nest at most <see cref="LatexText.MaxGroupDepth"/>
/// deep; deeper text is read as plain text (no recursion on hostile input).
/// </summary>
public static partial class TexProse
{
    public static IReadOnlyList<TexInline> Read(string text) => new Reader(text).Read(0, text.Length, 0);

    /// <summary>The inlines as one line of text, with each formula as <paramref name="formula"/> gives it.</summary>
    public static string PlainText(IReadOnlyList<TexInline> inlines, Func<TexFormula, string> formula)
    {
        var sb = new StringBuilder();
        AppendPlain(inlines, formula, sb);
        return sb.ToString().Trim();
    }

    private static void AppendPlain(IReadOnlyList<TexInline> inlines, Func<TexFormula, string> formula, StringBuilder sb)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TexText t: sb.Append(t.Text); break;
                case TexStyled s: AppendPlain(s.Content, formula, sb); break;
                case TexFormula f: sb.Append(formula(f)); break;
                case TexLink { Text.Count: > 0 } l: AppendPlain(l.Text, formula, sb); break;
                case TexLink l: sb.Append(l.Url); break;
            }
        }
    }

    /// <summary>
    /// What an abstract says, for telling whether two abstracts say the same thing: its plain text with each
    /// formula's TeX stripped of command names ("$\mathcal{O}(n)$" and "O(n)" say the same), folded.
    /// </summary>
    public static string Words(string text) =>
        Text.TextFolding.Key(PlainText(Read(text), f => CommandName().Replace(f.Tex, " ")));

    /// <summary>How much of <paramref name="text"/> is TeX markup (commands, formula delimiters, groups): less is cleaner.</summary>
    public static int Markup(string text) => text.Count(c => c is '\\' or '$' or '{' or '}' or '~');

    [GeneratedRegex(@"\\[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex CommandName();

    [GeneratedRegex(@"\Ghttps?://[^\s<>""'`{}\\$]+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    private sealed class Reader(string s)
    {
        private static readonly Dictionary<string, TexStyle> Styles = new(StringComparer.Ordinal)
        {
            ["emph"] = TexStyle.Italic, ["textit"] = TexStyle.Italic, ["textsl"] = TexStyle.Italic,
            ["textbf"] = TexStyle.Bold, ["texttt"] = TexStyle.Code,
            ["textsc"] = TexStyle.Plain, ["underline"] = TexStyle.Plain, ["textrm"] = TexStyle.Plain, ["textsf"] = TexStyle.Plain,
            ["textup"] = TexStyle.Plain, ["textnormal"] = TexStyle.Plain, ["textmd"] = TexStyle.Plain, ["mbox"] = TexStyle.Plain, ["text"] = TexStyle.Plain,
        };

        // Old-style switches, inside a group: {\em x}, {\bf x}.
        private static readonly Dictionary<string, TexStyle> Switches = new(StringComparer.Ordinal)
        {
            ["em"] = TexStyle.Italic, ["it"] = TexStyle.Italic, ["sl"] = TexStyle.Italic, ["itshape"] = TexStyle.Italic,
            ["bf"] = TexStyle.Bold, ["bfseries"] = TexStyle.Bold, ["tt"] = TexStyle.Code, ["ttfamily"] = TexStyle.Code,
            ["sc"] = TexStyle.Plain, ["rm"] = TexStyle.Plain, ["sf"] = TexStyle.Plain, ["scshape"] = TexStyle.Plain,
        };

        // The abbreviations conference styles define (cvpr.sty's \eg, \ie, \etal, ...).
        private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
        {
            ["eg"] = "e.g.", ["Eg"] = "E.g.", ["ie"] = "i.e.", ["Ie"] = "I.e.", ["etal"] = "et al.", ["etc"] = "etc.",
            ["vs"] = "vs.", ["wrt"] = "w.r.t.", ["cf"] = "cf.", ["Cf"] = "Cf.", ["aka"] = "a.k.a.", ["iid"] = "i.i.d.",
        };

        private readonly StringBuilder _text = new();

        // Each "{"'s matching "}" (or -1), found in one pass: looking for it from every brace would take
        // quadratic time on a text of many unclosed groups.
        private readonly int[] _close = MatchBraces(s);

        private static int[] MatchBraces(string s)
        {
            var close = new int[s.Length];
            var open = new Stack<int>();
            for (var i = 0; i < s.Length; i++)
            {
                close[i] = -1;
                if (s[i] == '\\' && i + 1 < s.Length) close[++i] = -1;
                else if (s[i] == '{') open.Push(i);
                else if (s[i] == '}' && open.Count > 0) close[open.Pop()] = i;
            }
            return close;
        }

        /// <summary>The "}" closing the group opened at <paramref name="open"/>, or <paramref name="end"/> when it does not close before it.</summary>
        private int GroupEnd(int open, int end) => _close[open] is >= 0 and var close && close < end ? close : end;

        public List<TexInline> Read(int start, int end, int depth)
        {
            var output = new List<TexInline>();
            if (depth > LatexText.MaxGroupDepth)
            {
                output.Add(new TexText(LatexText.ToUnicode(s[start..end])));
                return output;
            }
            var i = start;
            while (i < end)
            {
                var c = s[i];
                if (c is '$' or '\\' && MathDelimiters.At(s, i, end) is { } math)
                {
                    Flush(output);
                    output.Add(new TexFormula(math.Tex, math.Display, s.Substring(i, math.Length)));
                    i += math.Length;
                }
                else if (c == 'h' && (i == start || !char.IsLetterOrDigit(s[i - 1])) && Url().Match(s, i, end - i) is { Success: true } url)
                {
                    // Sentence punctuation after an address is not part of it ("see https://x.org.").
                    var address = url.Value.TrimEnd('.', ',', ';', ':', ')', ']', '!', '?');
                    Flush(output);
                    output.Add(new TexLink(address, []));
                    i += address.Length;
                }
                else if (c == '\\') i = Command(i, end, depth, output);
                else if (c == '{') i = Group(i, end, depth, output);
                else i = Character(i, end);
            }
            Flush(output);
            return output;
        }

        private int Character(int i, int end)
        {
            var c = s[i];
            char Next(int k) => i + k < end ? s[i + k] : '\0';
            char Previous() => i > 0 ? s[i - 1] : ' ';
            switch (c)
            {
                case '~' when !char.IsWhiteSpace(Previous()) && Next(1) != '\0' && !char.IsWhiteSpace(Next(1)):
                    _text.Append('\u00A0');
                    return i + 1;
                case '-' when Next(1) == '-' && Next(2) == '-':
                    _text.Append('—');
                    return i + 3;
                case '-' when Next(1) == '-' && !(char.IsWhiteSpace(Previous()) && char.IsAsciiLetter(Next(2))):
                    _text.Append('–');
                    return i + 2;
                case '`' when Next(1) == '`':
                    _text.Append('“');
                    return i + 2;
                case '\'' when Next(1) == '\'':
                    _text.Append('”');
                    return i + 2;
                default:
                    Append(char.IsWhiteSpace(c) ? ' ' : c);
                    return i + 1;
            }
        }

        private int Command(int i, int end, int depth, List<TexInline> output)
        {
            if (i + 1 >= end)
            {
                _text.Append('\\');
                return i + 1;
            }
            var c = s[i + 1];
            if (!char.IsAsciiLetter(c))
            {
                switch (c)
                {
                    case '%' or '&' or '_' or '#' or '$' or '{' or '}':
                        _text.Append(c);
                        return i + 2;
                    case '\\' or ' ' or '\n' or '\r' or '\t' or ';' or ':':
                        Append(' ');
                        return i + 2;
                    case ',':
                        _text.Append('\u202F'); // TeX's thin space, which does not break: "84\,GB"
                        return i + 2;
                    case '!' or '-' or '@' or '/':
                        return i + 2;
                }
                var after = LatexText.AppendLetter(s, i, end, _text);
                if (after > 0) return after;
                _text.Append('\\').Append(c);
                return i + 2;
            }

            var nameEnd = i + 1;
            while (nameEnd < end && char.IsAsciiLetter(s[nameEnd])) nameEnd++;
            var name = s[(i + 1)..nameEnd];
            if (Styles.TryGetValue(name, out var style) && Argument(nameEnd, end) is { } arg)
            {
                Flush(output);
                output.Add(new TexStyled(style, name, Read(arg.Start, arg.End, depth + 1)));
                return arg.End + 1;
            }
            if (name == "url" && Argument(nameEnd, end) is { } target)
            {
                var address = s[target.Start..target.End].Trim();
                if (IsWebAddress(address))
                {
                    Flush(output);
                    output.Add(new TexLink(address, []));
                }
                else _text.Append(address);
                return target.End + 1;
            }
            if (name == "href" && Argument(nameEnd, end) is { } href && Argument(href.End + 1, end) is { } label)
            {
                var address = s[href.Start..href.End].Trim();
                var content = Read(label.Start, label.End, depth + 1);
                Flush(output);
                if (IsWebAddress(address)) output.Add(new TexLink(address, content));
                else output.AddRange(content);
                return label.End + 1;
            }
            // A listing that cuts the abstract short can cut the note's closing brace: the note runs to the end.
            if (name == "footnote" && (Argument(nameEnd, end) ?? (nameEnd < end && s[nameEnd] == '{' ? (nameEnd + 1, end) : null)) is { } note)
            {
                Append(' ');
                _text.Append('(');
                Flush(output);
                output.AddRange(Read(note.Start, note.End, depth + 1));
                _text.Append(')');
                return Math.Min(note.End + 1, end);
            }
            if (Abbreviations.TryGetValue(name, out var abbreviation))
            {
                _text.Append(abbreviation);
                var next = nameEnd;
                if (next + 1 < end && s[next] == '{' && s[next + 1] == '}') next += 2;
                if (next < end && s[next] == '.') next++; // "\etc." is "etc.", not "etc.."
                return next;
            }
            var letter = LatexText.AppendLetter(s, i, end, _text);
            if (letter > 0) return letter;
            // Unknown (a paper's own macro, \mup): shown as written.
            _text.Append(s, i, nameEnd - i);
            return nameEnd;
        }

        /// <summary>A "{" that opens a TeX group: one before a backslash. Any other brace is text.</summary>
        private int Group(int i, int end, int depth, List<TexInline> output)
        {
            var close = GroupEnd(i, end);
            if (i + 1 >= end || s[i + 1] != '\\' || close >= end)
            {
                _text.Append('{');
                return i + 1;
            }
            var nameEnd = i + 2;
            while (nameEnd < close && char.IsAsciiLetter(s[nameEnd])) nameEnd++;
            if (Switches.TryGetValue(s[(i + 2)..nameEnd], out var style))
            {
                Flush(output);
                var from = nameEnd < close && s[nameEnd] == ' ' ? nameEnd + 1 : nameEnd;
                output.Add(new TexStyled(style, s[(i + 2)..nameEnd], Read(from, close, depth + 1), IsSwitch: true));
            }
            else
            {
                Flush(output);
                output.AddRange(Read(i + 1, close, depth + 1));
            }
            return close + 1;
        }

        /// <summary>The braced argument right after a command name, as (first index inside, closing brace).</summary>
        private (int Start, int End)? Argument(int at, int end)
        {
            if (at >= end || s[at] != '{') return null;
            var close = GroupEnd(at, end);
            return close < end ? (at + 1, close) : null;
        }

        private static bool IsWebAddress(string address) =>
            address.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

        /// <summary>Runs of white space become one space.</summary>
        private void Append(char c)
        {
            if (c == ' ' && _text.Length > 0 && _text[^1] == ' ') return;
            _text.Append(c);
        }

        private void Flush(List<TexInline> output)
        {
            if (_text.Length == 0) return;
            output.Add(new TexText(_text.ToString()));
            _text.Clear();
        }
    }
}
