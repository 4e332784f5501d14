using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Rendering;

/// <summary>
/// Markdown → HTML with one frozen Markdig pipeline: raw HTML disabled (abstracts and
/// notes are untrusted), bare URLs autolinked, and links restricted to safe schemes so a
/// note cannot smuggle in <c>javascript:</c>: any other link is shown as its text. TeX math
/// ("$12\%$") is read as math, as Hugo's math passthrough reads it, and shown as written (the
/// site loads no TeX renderer).
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline WithBareUrls = WithMath(new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks())
        .Build();

    private static readonly MarkdownPipeline Core = WithMath(new MarkdownPipelineBuilder()
        .DisableHtml())
        .Build();

    /// <summary>Inline math only: a "$$" block in notes stays a paragraph, as it always was.</summary>
    private static MarkdownPipelineBuilder WithMath(MarkdownPipelineBuilder builder)
    {
        builder.InlineParsers.AddIfNotAlready<MathInlineParser>();
        return builder;
    }

    /// <param name="bareUrls">Link bare "https://..." text too (Markdig's autolink extension).</param>
    public static string ToHtml(string markdown, bool bareUrls = true)
    {
        var pipeline = bareUrls ? WithBareUrls : Core;
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses Markdown nested past its depth limit (1,000 "> "); the text stays
            // readable. Notes are checked, and this reported, where they are read (NotesCheck).
            return $"<p>{System.Net.WebUtility.HtmlEncode(markdown)}</p>\n";
        }
        // An href="" would be a link to the page itself (and a "broken link" to the checker).
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url)).ToList())
            Unwrap(link);
        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !IsSafeUrl(l.Url)).ToList())
            link.ReplaceBy(new LiteralInline(link.Url));

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.Add(new LiteralMathRenderer());
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>Math as written, dollars included, escaped; Markdig's own renderer would swap the dollars for \( \).</summary>
    private sealed class LiteralMathRenderer : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline obj)
        {
            var dollars = new string(obj.Delimiter, obj.DelimiterCount);
            renderer.Write("<span class=\"math\">").Write(dollars);
            renderer.WriteEscape(ref obj.Content);
            renderer.Write(dollars).Write("</span>");
        }
    }

    /// <summary>Puts a link's text where the link was.</summary>
    private static void Unwrap(LinkInline link)
    {
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }

    /// <summary>Relative URLs and http(s)/mailto only.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        if (colon < 0) return true;
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true; // "a/b:c" is a relative path
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
