using Scriban;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// The Scriban theme, read from <c>theme/</c> at run time so users edit it without
/// recompiling: <c>layouts/base.sbn-html</c> wraps every page, <c>layouts/NAME.sbn-html</c>
/// renders one kind of page's content, <c>partials/NAME.sbn-html</c> are included by name.
/// Templates are parsed once per build and shared by all rendering threads (a parsed
/// template is immutable); each thread has its own context and page buffer.
/// docs/theming.md is the theme author's side of this class.
/// </summary>
public sealed class Theme
{
    public const string BaseLayout = "base";

    /// <summary>Scriban's HTML flavour: editors with the Scriban extension highlight both languages.</summary>
    public const string TemplateExtension = ".sbn-html";

    private readonly IReadOnlyDictionary<string, Template> _layouts;
    private readonly IReadOnlyDictionary<string, ThemePartial> _partials;
    private readonly Template _base;
    private readonly TemplateProblems _problems = new();

    [ThreadStatic] private static PageRenderer? t_renderer;

    internal Theme(IReadOnlyDictionary<string, Template> layouts, IReadOnlyDictionary<string, ThemePartial> partials, IReadOnlyList<string> assetsDirs)
    {
        _layouts = layouts;
        _partials = partials;
        _base = layouts[BaseLayout];
        AssetsDirectories = assetsDirs;
    }

    /// <summary>The themes' assets/ folders, the site's first: copied (fingerprinted) into the site.</summary>
    public IReadOnlyList<string> AssetsDirectories { get; }

    /// <summary>A template failed while rendering a page: the site is incomplete and must not replace the last one.</summary>
    public bool HasRenderErrors => _problems.HasErrors;

    /// <summary>Rendering found nothing to report, not even a warning.</summary>
    public bool RenderedCleanly => _problems.IsEmpty;

    /// <param name="requiredLayouts">The content layouts the build renders pages with: a theme without one is an error now, not a crash later.</param>
    /// <param name="themeDirs">The site's theme, then the themes it is layered over: each template is taken from the first folder that has it.</param>
    public static Theme? Load(IReadOnlyList<string> themeDirs, IReadOnlyCollection<string> requiredLayouts, DiagnosticBag diagnostics) =>
        ThemeLoader.Load(themeDirs, requiredLayouts, diagnostics);

    /// <summary>The variable whose views partial <paramref name="name"/> is rendered once for, if it reads only that (for tests and docs).</summary>
    internal string? PartialReadingOnlyOneVariable(string name) => _partials[name].ReadsOnly?.Name;

    /// <summary>Adds what rendering found (each problem once, at its template line) to <paramref name="diagnostics"/>.</summary>
    public void ReportRenderProblems(DiagnosticBag diagnostics) => _problems.ReportTo(diagnostics);

    /// <summary>
    /// Renders layout <paramref name="layout"/> inside the base layout. The templates see
    /// <c>site</c>, <c>page</c> (the frame) and the layout's own model under its
    /// <see cref="ThemeLayout.ModelName"/>.
    /// </summary>
    /// <returns>The page as UTF-8; empty when a template failed (reported, and <see cref="HasRenderErrors"/> is set).</returns>
    public byte[] RenderPage(ThemeLayout layout, object? model, PageFrame frame)
    {
        var renderer = t_renderer is { } reused && reused.Theme == this ? reused : t_renderer = new PageRenderer(this);
        var page = frame with { Content = PageContent.Slot, Layout = layout.Name };
        try
        {
            return renderer.Render(_base, _layouts[layout.Name], page, layout.ModelName, model);
        }
        catch (ScriptRuntimeException ex)
        {
            _problems.Error(ex.Span, ex.OriginalMessage);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or InvalidCastException or NullReferenceException or IndexOutOfRangeException)
        {
            // A .NET error inside Scriban or a view, outside any template span Scriban knew.
            _problems.Error(new SourceLocation($"theme/layouts/{layout.Name}{TemplateExtension}", 0), $"rendering failed: {ex.Message}");
        }
        // The context may hold a half-finished evaluation: the next page gets a fresh one.
        t_renderer = null;
        return [];
    }

    /// <summary>One thread's context and UTF-8 page buffer, reused page after page.</summary>
    private sealed class PageRenderer
    {
        private readonly Utf8Output _page = new(64 * 1024);
        private readonly HtmlTemplateContext _context;

        public PageRenderer(Theme theme)
        {
            Theme = theme;
            _context = new HtmlTemplateContext(theme._partials, theme._problems, _page);
        }

        public Theme Theme { get; }

        public byte[] Render(Template baseLayout, Template content, PageFrame page, string? modelName, object? model)
        {
            _page.Clear();
            _context.Render(baseLayout, content, page, modelName, model);
            return _page.ToArray();
        }
    }
}
