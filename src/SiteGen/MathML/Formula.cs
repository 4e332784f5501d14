namespace SiteGen.MathML;

/// <summary>
/// One TeX formula as the site shows it: its MathML (null when it could not be converted, and
/// <see cref="Problem"/> says why) and its plain form, the text a search index, a meta description
/// or a feed summary shows for it ("O(10^4) − O(10^5)" for <c>\mathcal{O}(10^4) - \mathcal{O}(10^5)</c>).
/// </summary>
public sealed record Formula(string Tex, bool Display, string? MathML, string Plain, string? Problem)
{
    public static Formula Unconverted(string tex, bool display, string problem) => new(tex, display, null, tex.Trim(), problem);
}
