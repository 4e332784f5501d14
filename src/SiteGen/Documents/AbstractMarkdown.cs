using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Documents;

/// <summary>
/// Turns an abstract (plain, untrusted text) into Markdown that renders to exactly that
/// text: Markdown punctuation is escaped so "*", "_" or "[x](y)" stay literal, URLs become
/// autolinks, and the LaTeX text macros abstracts carry (\textit{x}, \emph{x}, \textbf{x},
/// \texttt{x}) become emphasis, strong and code.
/// </summary>
public static partial class AbstractMarkdown
{
    [GeneratedRegex(@"https?://[^\s<>""'`]+|\\(?<macro>textit|emph|textbf|texttt|textsc|underline)\{(?<arg>[^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Special();

    public static string FromPlainText(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var last = 0;
        foreach (Match m in Special().Matches(text))
        {
            Escape(text.AsSpan(last, m.Index - last), sb);
            if (m.Groups["macro"].Success)
            {
                var arg = m.Groups["arg"].Value;
                var (open, close) = m.Groups["macro"].Value switch
                {
                    "textbf" => ("**", "**"),
                    "texttt" => ("`", "`"),
                    "textsc" or "underline" => ("", ""),
                    _ => ("*", "*"),
                };
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

    /// <summary>Backslash-escapes every ASCII punctuation character Markdown could act on.</summary>
    private static void Escape(ReadOnlySpan<char> text, StringBuilder sb)
    {
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '<' or '>' or '(' or ')' or '#' or '+' or '-' or '!' or '|' or '~' or '&' or '$' or '=' or '"')
                sb.Append('\\');
            sb.Append(c);
        }
    }
}
