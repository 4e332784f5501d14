namespace SiteGen.Configuration;

/// <summary>Which addresses SiteGen puts in a page's links as given: absolute http(s) only.</summary>
public static class WebAddress
{
    public static bool IsAbsoluteHttp(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
