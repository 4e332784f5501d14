using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Documents;

/// <summary>
/// Turns an abstract (plain, untrusted text) into Markdown that renders to exactly that
/// text: Markdown punctuation is escaped so "*", "_" or "[x](y)" stay literal, URLs become
/// autolinks, and the LaTeX text macros abstracts carry (\textit{x}, \emph{x}, \textbf{x},
/// \texttt{x}) become emphasis, strong and code. TeX math ("$12\%$", "$\alpha_1$") is written
/// as it is, not escaped a second time for Markdown: Hugo's and Markdig's math syntax
/// (<see cref="Rendering.MarkdownRenderer"/>) keep it verbatim; any other "$" is escaped.
/// </summary>
public static partial class AbstractMarkdown
{
    // Every "$" outside a math span is escaped, so Markdig sees no math this did not.
    [GeneratedRegex(Text.TexMath.Pattern + @"|https?://[^\s<>""'`]+|" + LatexTextMacros.Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Special();

    public static string FromPlainText(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var last = 0;
        foreach (Match m in Special().Matches(text))
        {
            Escape(text.AsSpan(last, m.Index - last), sb);
            if (m.Groups["math"].Success)
                sb.Append(m.Value.ReplaceLineEndings(" "));
            else if (m.Groups["macro"].Success)
            {
                var arg = m.Groups["arg"].Value;
                var (open, close) = LatexTextMacros.Delimiters(m.Groups["macro"].Value);
                if (arg.Trim().Length == 0 || (open == "`" && arg.Contains('`')))
                {
                    Escape(arg, sb);
                }
                else
                {
                    sb.Append(open);
                    if (open == "`") sb.Append(arg); else Escape(arg, sb);
                    sb.Append(close);
                }
            }
            else
            {
                // Trailing sentence punctuation is not part of the URL ("see https://x.org.").
                var url = m.Value.TrimEnd('.', ',', ';', ':', ')', ']', '!', '?');
                sb.Append('<').Append(url).Append('>');
                Escape(m.Value.AsSpan(url.Length), sb);
            }
            last = m.Index + m.Length;
        }
        Escape(text.AsSpan(last), sb);
        return sb.ToString();
    }

    /// <summary>"1. " or "2) " at the very start would make an ordered list; digits cannot be escaped, the dot can.</summary>
    private static bool IsListMarkerDot(StringBuilder sb, char c)
    {
        if (c is not ('.' or ')') || sb.Length == 0 || sb.Length > 9) return false;
        for (var i = 0; i < sb.Length; i++)
            if (!char.IsAsciiDigit(sb[i])) return false;
        return true;
    }

    /// <summary>
    /// Backslash-escapes the characters that can start inline Markdown (emphasis, code,
    /// links, autolinks, entities, escapes). Block syntax only matters at a line start,
    /// so the first character is escaped too, and line breaks are folded into spaces:
    /// an abstract is one paragraph. Escaping less than all punctuation keeps Markdig fast.
    /// </summary>
    private static void Escape(ReadOnlySpan<char> text, StringBuilder sb)
    {
        // The first few characters can start a block ("# ", "1. ", "> "): one at a time.
        while (text.Length > 0 && sb.Length <= 10)
        {
            EscapeOne(text[0], sb);
            text = text[1..];
        }
        // After that only inline syntax and line breaks matter: copy the runs between them whole.
        while (text.Length > 0)
        {
            var next = text.IndexOfAny(Inline);
            if (next < 0) { sb.Append(text); return; }
            sb.Append(text[..next]);
            EscapeOne(text[next], sb);
            text = text[(next + 1)..];
        }
    }

    private static readonly SearchValues<char> Inline = SearchValues.Create("\\`*_[]<>&$\n\r");

    private static void EscapeOne(char c, StringBuilder sb)
    {
        if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '&' or '$' || (sb.Length == 0 && char.IsPunctuation(c) && c < 128) || (sb.Length == 0 && c is '+' or '=' or '|' or '>' or '~') || IsListMarkerDot(sb, c))
            sb.Append('\\');
        sb.Append(c is '\n' or '\r' ? ' ' : c);
    }
}
