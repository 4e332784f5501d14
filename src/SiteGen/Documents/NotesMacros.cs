using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Documents;

/// <summary>
/// A paper's notes (Markdown a user wrote in input/papers/&lt;slug&gt;.md) with the LaTeX text
/// macros people paste from papers (\emph{x}, \textbf{x}, \texttt{x}) turned into Markdown
/// emphasis, strong and code, as abstracts are. The rest stays the user's Markdown: a macro's
/// argument is kept as written, and macros inside code spans and code blocks, or after an
/// escaping backslash (\\emph{x}), are left alone, being shown rather than meant.
/// </summary>
public static partial class NotesMacros
{
    [GeneratedRegex(LatexTextMacros.Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Macro();

    // Only to find code: precise positions, and raw HTML off as the renderer has it.
    private static readonly MarkdownPipeline Locating = new MarkdownPipelineBuilder().UsePreciseSourceLocation().DisableHtml().Build();

    public static string ToMarkdown(string notes)
    {
        if (!notes.Contains('\\', StringComparison.Ordinal)) return notes;
        var matches = Macro().Matches(notes);
        if (matches.Count == 0) return notes;

        var code = CodeSpans(notes);
        var sb = new StringBuilder(notes.Length);
        var last = 0;
        foreach (Match m in matches)
        {
            if (Escaped(notes, m.Index) || code.Any(c => m.Index <= c.End && c.Start < m.Index + m.Length)) continue;
            sb.Append(notes, last, m.Index - last);
            Append(sb, m.Groups["macro"].Value, m.Groups["arg"].Value);
            last = m.Index + m.Length;
        }
        sb.Append(notes, last, notes.Length - last);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string macro, string arg)
    {
        var (open, close) = LatexTextMacros.Delimiters(macro);
        var trimmed = arg.Trim();
        if (trimmed.Length == 0 || open.Length == 0)
        {
            sb.Append(arg);
            return;
        }
        if (open == "`")
        {
            // A code span's fence must be longer than any backtick run inside it.
            var fence = new string('`', LongestBacktickRun(arg) + 1);
            var pad = arg.StartsWith('`') || arg.EndsWith('`') ? " " : "";
            sb.Append(fence).Append(pad).Append(arg).Append(pad).Append(fence);
            return;
        }
        // Emphasis cannot open or close beside a space: "\emph{ x }" → " *x* ".
        sb.Append(arg.AsSpan(0, arg.Length - arg.TrimStart().Length)).Append(open).Append(trimmed).Append(close)
            .Append(arg.AsSpan(arg.TrimEnd().Length));
    }

    /// <summary>Source ranges (inclusive) of code spans and code blocks.</summary>
    private static List<(int Start, int End)> CodeSpans(string notes)
    {
        var document = Markdown.Parse(notes, Locating);
        var spans = new List<(int, int)>();
        foreach (var block in document.Descendants<CodeBlock>()) spans.Add((block.Span.Start, block.Span.End));
        foreach (var inline in document.Descendants<CodeInline>()) spans.Add((inline.Span.Start, inline.Span.End));
        return spans;
    }

    /// <summary>An odd run of backslashes before the macro's own: "\\emph" is a literal backslash, then "emph".</summary>
    private static bool Escaped(string text, int index)
    {
        var run = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--) run++;
        return run % 2 == 1;
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
