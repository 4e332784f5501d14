namespace SiteGen.Tex;

/// <summary>
/// A piece of an abstract as <see cref="TexProse"/> reads it: text (TeX escapes already resolved),
/// styled text, a formula, or a link. Writers turn these into HTML, Markdown, BibTeX or plain text.
/// </summary>
public abstract record TexInline;

/// <summary>Text as the reader sees it: "100%", not "100\%".</summary>
public sealed record TexText(string Text) : TexInline;

/// <summary>
/// Text under a text command: <c>\emph{...}</c> (<see cref="TexStyle.Italic"/>), <c>\textbf{...}</c>, <c>\texttt{...}</c>;
/// <paramref name="Command"/> is the command as written ("emph", or "em" for <c>{\em ...}</c>, a switch: <paramref name="IsSwitch"/>).
/// </summary>
public sealed record TexStyled(TexStyle Style, string Command, IReadOnlyList<TexInline> Content, bool IsSwitch = false) : TexInline;

public enum TexStyle
{
    Italic,
    Bold,
    Code,

    /// <summary>A command with no Markdown or HTML counterpart worth its weight (<c>\textsc</c>, <c>\mbox</c>): shown as its text.</summary>
    Plain,
}

/// <summary>A formula: its TeX (<paramref name="Tex"/>, without delimiters) and the span as written (<paramref name="Source"/>: "$x^2$").</summary>
public sealed record TexFormula(string Tex, bool Display, string Source) : TexInline;

/// <summary>An http(s) address, written bare or as <c>\url{...}</c>, or <c>\href{...}{text}</c> with its text.</summary>
public sealed record TexLink(string Url, IReadOnlyList<TexInline> Text) : TexInline;
