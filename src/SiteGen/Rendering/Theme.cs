using HandlebarsDotNet;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// The Handlebars theme, read from <c>theme/</c> at run time so users edit it without
/// recompiling: <c>layouts/base.hbs</c> wraps every page, <c>layouts/NAME.hbs</c> renders
/// one kind of page's content, <c>partials/*.hbs</c> are available by file name.
/// Templates are compiled once per build and shared by all pages (thread-safe).
/// {{x}} HTML-escapes; the theme uses {{{x}}} only for HTML SiteGen itself produced.
/// </summary>
public sealed class Theme
{
    public const string BaseLayout = "base";

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts;
    private readonly HandlebarsTemplate<TextWriter, object, object> _base;

    // Each rendering thread's UTF-8 page buffer, reused page after page: a page goes from the
    // base layout straight into bytes, not through a string and a copy.
    [ThreadStatic] private static (MemoryStream Bytes, StreamWriter Writer)? t_page;

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private Theme(Dictionary<string, HandlebarsTemplate<object, object>> layouts, HandlebarsTemplate<TextWriter, object, object> baseLayout, string assetsDir)
    {
        _layouts = layouts;
        _base = baseLayout;
        AssetsDirectory = assetsDir;
    }

    /// <summary>theme/assets: copied (fingerprinted) into the site.</summary>
    public string AssetsDirectory { get; }

    public static Theme? Load(string themeDir, DiagnosticBag diagnostics)
    {
        var layoutsDir = Path.Combine(themeDir, "layouts");
        if (!Directory.Exists(layoutsDir))
        {
            diagnostics.Error(new SourceLocation(themeDir, 0), "theme has no layouts/ folder");
            return null;
        }

        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        var ok = true;
        var partialsDir = Path.Combine(themeDir, "partials");
        if (Directory.Exists(partialsDir))
        {
            foreach (var file in Directory.EnumerateFiles(partialsDir, "*.hbs").Order(StringComparer.Ordinal))
                ok &= Compile(file, themeDir, diagnostics, t => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(file), t));
        }

        var layouts = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(layoutsDir, "*.hbs").Order(StringComparer.Ordinal))
            ok &= Compile(file, themeDir, diagnostics, t => layouts[Path.GetFileNameWithoutExtension(file)] = handlebars.Compile(t));

        if (!layouts.ContainsKey(BaseLayout))
        {
            diagnostics.Error(new SourceLocation(Path.Combine("theme", "layouts", "base.hbs"), 0), "theme needs a base layout");
            ok = false;
        }
        return ok ? new Theme(layouts, handlebars.Compile(new StringReader(File.ReadAllText(Path.Combine(layoutsDir, BaseLayout + ".hbs")))),
            Path.Combine(themeDir, "assets")) : null;
    }

    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>Renders <paramref name="layout"/> with <paramref name="content"/>, then wraps it in the base layout.</summary>
    /// <returns>The page as UTF-8.</returns>
    public byte[] RenderPage(string layout, object content, PageFrame frame)
    {
        var body = _layouts[layout](content);
        var (bytes, writer) = t_page ??= NewPageBuffer();
        bytes.SetLength(0);
        _base(writer, frame with { Body = body, Layout = layout }, null!);
        writer.Flush();
        return bytes.ToArray();
    }

    private static (MemoryStream, StreamWriter) NewPageBuffer()
    {
        var bytes = new MemoryStream(64 * 1024);
        return (bytes, new StreamWriter(bytes, Utf8, 16 * 1024, leaveOpen: true));
    }

    private static bool Compile(string file, string themeDir, DiagnosticBag diagnostics, Action<string> register)
    {
        var text = File.ReadAllText(file);
        try
        {
            register(text);
            return true;
        }
        catch (HandlebarsException ex)
        {
            diagnostics.Error(new SourceLocation(Path.GetRelativePath(Path.GetDirectoryName(themeDir) ?? ".", file), 0), $"template error: {ex.Message}");
            return false;
        }
    }
}
