namespace SiteGen.Rendering;

/// <summary>
/// HTML that SiteGen made itself (Markdown it rendered with raw HTML disabled, JSON-LD it
/// serialised): the only value a template writes without escaping. Only SiteGen's code can
/// make one (the constructor is internal), so no title, name or setting can become one.
/// </summary>
public sealed class TrustedHtml
{
    public static readonly TrustedHtml Empty = new("");

    internal TrustedHtml(string html) => Html = html;

    public string Html { get; }

    public bool IsEmpty => Html.Length == 0;

    public override string ToString() => Html;
}
