namespace SiteGen.Text;

/// <summary>
/// Where abstracts and titles hold TeX math ("$12\%$", "$\alpha_1$", "$$x^2$$"): a span opening
/// after a space, "(" or "[" or at the start and before a non-space; closing after a character
/// that is not a space or a backslash, not before a letter or digit; no "$" inside. These are
/// spans Markdig's (and Hugo's) math syntax reads as math too, so writers can keep them as
/// written: escaping TeX for Markdown or BibTeX a second time would break it.
/// </summary>
public static class TexMath
{
    /// <summary>The span as a regular expression group named "math".</summary>
    public const string Pattern = @"(?<math>(?<![^\s(\[])(?:\$\$(?=[^\s$])[^$]*?(?<=[^\s\\])\$\$|\$(?=[^\s$])[^$]*?(?<=[^\s\\$])\$)(?![\p{L}\p{N}$]))";
}
