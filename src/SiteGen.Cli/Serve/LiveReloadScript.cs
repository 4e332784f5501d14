namespace SiteGen.Cli.Serve;

/// <summary>
/// The script `serve` adds to every HTML page it sends (as a file, so the pages' strict
/// CSP still holds): reload on "reload", show an overlay with the diagnostics on "error".
/// </summary>
internal static class LiveReloadScript
{
    public const string Path = "/__sitegen/livereload.js";
    public const string EventsPath = "/__sitegen/events";
    public const string Tag = "<script src=\"" + Path + "\" defer></script>";

    public const string Source = """
        (function () {
          "use strict";
          // The error page `serve` shows before any site exists already holds the overlay.
          var overlay = document.getElementById("sitegen-build-error");
          function showError(text) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "sitegen-build-error";
              overlay.setAttribute("role", "alert");
              overlay.className = "sitegen-build-error";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "SiteGen build failed\n\n" + text;
          }
          var source = new EventSource("/__sitegen/events");
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("error", function (e) { if (e.data) showError(e.data); });
        })();
        """;

    /// <summary>Overlay styling, served as a stylesheet for the same CSP reason.</summary>
    public const string CssPath = "/__sitegen/livereload.css";
    public const string CssTag = "<link rel=\"stylesheet\" href=\"" + CssPath + "\">";

    public const string Css = """
        .sitegen-build-error { position: fixed; inset: 1rem; z-index: 2147483647; overflow: auto;
          background: #2b0b0b; color: #ffd7d7; font: 14px/1.5 ui-monospace, monospace; padding: 1.5rem;
          white-space: pre-wrap; border: 2px solid #ff6b6b; border-radius: 0.5rem; }
        """;
}
