using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Documents;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Annotations;

/// <summary>
/// Reads a paper's notes as the page will render them and reports, at the note's own
/// file(line), what the page cannot show as written: a link the page will not make
/// (<c>javascript:</c>, <c>data:</c>; shown as its text) and Markdown nested deeper than
/// Markdig renders (1,000 "> "; then the notes are shown as plain text).
/// </summary>
internal static class NotesCheck
{
    // The renderer's settings for notes (raw HTML off, bare URLs linked), with positions.
    private static readonly MarkdownPipeline Locating = new MarkdownPipelineBuilder().UsePreciseSourceLocation().DisableHtml().UseAutoLinks().Build();

    /// <param name="firstLine">The file line the notes start on (after the front matter).</param>
    /// <returns>The notes to show: as written, or escaped to plain text when they cannot be rendered.</returns>
    public static string Check(string notes, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (notes.Length == 0) return notes;
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(notes, Locating);
        }
        catch (ArgumentException)
        {
            var blankLines = notes.AsSpan(0, notes.Length - notes.TrimStart().Length).Count('\n');
            diagnostics.Warning(new SourceLocation(file, firstLine + blankLines), "the notes nest Markdown (quotes, lists) too deeply to render; shown as plain text");
            return AbstractMarkdown.FromPlainText(notes);
        }
        foreach (var link in document.Descendants<LinkInline>().Where(l => !MarkdownRenderer.IsSafeUrl(l.Url)))
            Report(link.Url, link.Line);
        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !MarkdownRenderer.IsSafeUrl(l.Url)))
            Report(link.Url, link.Line);
        return notes;

        void Report(string? url, int line) =>
            diagnostics.Warning(new SourceLocation(file, firstLine + line),
                $"unsafe link '{url}' in the notes: only http(s), mailto and relative addresses are linked; shown as text");
    }
}
