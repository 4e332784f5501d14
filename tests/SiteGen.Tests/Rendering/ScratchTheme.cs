using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>A theme folder written by a test: a base layout that only writes the content, plus the layouts and partials given.</summary>
internal sealed class ScratchTheme : IDisposable
{
    public const string Layout = "page";

    public ScratchTheme(string layout, IReadOnlyDictionary<string, string>? partials = null, string baseLayout = "{{ page.content }}")
    {
        Directory.CreateDirectory(Path.Combine(Dir, "layouts"));
        Directory.CreateDirectory(Path.Combine(Dir, "partials"));
        File.WriteAllText(Path.Combine(Dir, "layouts", "base.sbn-html"), baseLayout);
        File.WriteAllText(Path.Combine(Dir, "layouts", Layout + ".sbn-html"), layout);
        foreach (var (name, text) in partials ?? new Dictionary<string, string>())
            File.WriteAllText(Path.Combine(Dir, "partials", name + ".sbn-html"), text);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sitegen-theme-" + Guid.NewGuid().ToString("N"));

    public string Dir => Path.Combine(Root, "theme");

    public DiagnosticBag Diagnostics { get; } = new();

    public Theme? Load() => Theme.Load([Dir], [Layout], Diagnostics);

    /// <summary>Loads the theme (which must load) and renders one page with <paramref name="model"/> as <c>model</c>.</summary>
    public string Render(object? model, string title = "Title")
    {
        var theme = Load() ?? throw new InvalidOperationException(string.Join("\n", Diagnostics.Items));
        var page = theme.RenderPage(new ThemeLayout(Layout, "model"), model, Frame(title));
        theme.ReportRenderProblems(Diagnostics);
        return Encoding.UTF8.GetString(page);
    }

    public static PageFrame Frame(string title) => new()
    {
        Root = "",
        Site = new SiteView("Site", "en", "feed.xml", HasFeed: true),
        Title = title,
        Assets = new AssetUrls("a.css", "s.css", "a.js", "s.js", "f.svg"),
    };

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
