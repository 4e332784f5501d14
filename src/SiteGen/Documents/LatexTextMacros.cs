namespace SiteGen.Documents;

/// <summary>The LaTeX text macros abstracts and notes carry, and the Markdown delimiters each becomes.</summary>
internal static class LatexTextMacros
{
    /// <summary>One macro with a brace-free argument: <c>\emph{word}</c>; groups "macro" and "arg".</summary>
    public const string Pattern = @"\\(?<macro>textit|emph|textbf|texttt|textsc|underline)\{(?<arg>[^{}]*)\}";

    /// <summary>Italic and emphasis → "*", bold → "**", typewriter → code; small caps and underline have no Markdown and stay plain.</summary>
    public static (string Open, string Close) Delimiters(string macro) => macro switch
    {
        "textbf" => ("**", "**"),
        "texttt" => ("`", "`"),
        "textsc" or "underline" => ("", ""),
        _ => ("*", "*"),
    };
}
