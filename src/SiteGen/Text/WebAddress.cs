namespace SiteGen.Text;

/// <summary>
/// Which addresses SiteGen puts in links as given: absolute http(s) only. Links end up in href
/// attributes and canonical URLs: a "javascript:" URL must never get there, and "example.org"
/// or a relative file name would be a broken link on every page.
/// </summary>
public static class WebAddress
{
    /// <summary>The trimmed text when it is an absolute http(s) URL with a host, else null.</summary>
    public static string? Http(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        return Uri.TryCreate(t, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0 ? t : null;
    }

    /// <summary>
    /// "//host/x" (or "\\host", "/\host", as browsers read them) is no relative address: it
    /// names another host, in whatever scheme the page was loaded with.
    /// </summary>
    public static bool IsSchemeRelative(string? url)
    {
        var t = url?.TrimStart() ?? "";
        return t.Length >= 2 && t[0] is ('/' or '\\') && t[1] is ('/' or '\\');
    }
}
