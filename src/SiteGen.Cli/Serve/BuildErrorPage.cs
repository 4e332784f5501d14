using System.Net;

namespace SiteGen.Cli.Serve;

/// <summary>
/// What `serve` answers when no site exists yet because the build failed (the first build,
/// or an output folder deleted since): the error, escaped, with the live-reload script so
/// the page turns into the site once a build succeeds.
/// </summary>
internal static class BuildErrorPage
{
    public static string Render(string error) =>
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>SiteGen build failed</title>"
        + LiveReloadScript.CssTag + LiveReloadScript.Tag + "</head>\n<body>"
        + "<div id=\"sitegen-build-error\" class=\"sitegen-build-error\" role=\"alert\">SiteGen build failed\n\n"
        + WebUtility.HtmlEncode(error) + "</div></body></html>\n";
}
