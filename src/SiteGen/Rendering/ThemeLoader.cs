using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// Reads and checks a theme folder: every template parsed once, each mistake reported at its
/// file(line,col) before any page is rendered (syntax errors, includes of partials that do
/// not exist or that include themselves, missing layouts, a theme still in Handlebars).
/// </summary>
internal static class ThemeLoader
{
    private static readonly string[] TemplateFolders = ["layouts", "partials"];

    public static Theme? Load(IReadOnlyList<string> themeDirs, IReadOnlyCollection<string> requiredLayouts, DiagnosticBag diagnostics)
    {
        var themeDir = themeDirs[0];
        if (!themeDirs.Any(dir => Directory.Exists(Path.Combine(dir, "layouts"))))
        {
            diagnostics.Error(new SourceLocation(themeDir, 0), "theme has no layouts/ folder");
            return null;
        }
        // Each folder's files are named from that folder's parent: "theme/layouts/paper.sbn-html".
        static string Shown(string dir, string file) =>
            Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(dir)) ?? ".", file).Replace('\\', '/');

        if (!HandlebarsLeftovers(themeDir, f => Shown(themeDir, f), diagnostics)) return null;

        var ok = true;
        var partials = ReadFolder(themeDirs, "partials", Shown, diagnostics, ref ok);
        var layouts = ReadFolder(themeDirs, "layouts", Shown, diagnostics, ref ok);
        foreach (var name in requiredLayouts.Prepend(Theme.BaseLayout))
        {
            var files = themeDirs.Select(dir => Path.Combine(dir, "layouts", name + Theme.TemplateExtension)).ToList();
            if (files.Any(File.Exists)) continue; // read, or reported as it was read
            diagnostics.Error(new SourceLocation(Shown(themeDir, files[0]), 0),
                name == Theme.BaseLayout ? "theme needs a base layout (it wraps every page)" : $"theme has no '{name}' layout, which SiteGen renders pages with");
            ok = false;
        }
        ok &= IncludesResolve(layouts, partials, diagnostics);
        return ok
            ? new Theme(layouts, partials.ToDictionary(p => p.Key, p => new ThemePartial(p.Value), StringComparer.Ordinal), [.. themeDirs.Select(d => Path.Combine(d, "assets"))])
            : null;
    }

    internal static string UnknownPartial(string name, IEnumerable<string> known) =>
        $"no partial '{name}' in the theme's partials/ (it has: {string.Join(", ", known.Order(StringComparer.Ordinal))})";

    /// <summary>
    /// A theme copied before SiteGen's templates moved to Scriban holds only .hbs files: say
    /// what to do instead of building an empty site. Stray .hbs files beside Scriban ones are
    /// only noted.
    /// </summary>
    private static bool HandlebarsLeftovers(string themeDir, Func<string, string> shown, DiagnosticBag diagnostics)
    {
        var folders = TemplateFolders.Select(f => Path.Combine(themeDir, f)).Where(Directory.Exists).ToList();
        var handlebars = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.hbs")).Order(StringComparer.Ordinal).ToList();
        if (handlebars.Count == 0) return true;
        var hasScriban = folders.Any(f => Directory.EnumerateFiles(f, "*" + Theme.TemplateExtension).Any());
        if (!hasScriban)
        {
            diagnostics.Error(new SourceLocation(shown(Path.GetFullPath(themeDir)), 0),
                $"this theme's templates are Handlebars (.hbs, {handlebars.Count} files), which SiteGen no longer reads; its templates are " +
                $"Scriban ({Theme.TemplateExtension}). Copy the current theme (`sitegen new NEW-FOLDER`, then its theme/) and carry your edits " +
                "over: docs/theming.md lists what each template receives and how Handlebars constructs translate");
            return false;
        }
        foreach (var file in handlebars)
            diagnostics.Warning(new SourceLocation(shown(file), 0), $"ignored: a Handlebars template; SiteGen reads only Scriban templates ({Theme.TemplateExtension})");
        return true;
    }

    /// <summary>The templates of <paramref name="folder"/> (layouts or partials), each from the first theme that has it.</summary>
    private static Dictionary<string, Template> ReadFolder(IReadOnlyList<string> themeDirs, string folder, Func<string, string, string> shown, DiagnosticBag diagnostics, ref bool ok)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var themeDir in themeDirs)
        {
            var theme = new ThemeFiles(themeDir);
            foreach (var file in theme.List(folder, Theme.TemplateExtension))
                if (seen.Add(Path.GetFileName(file))) ok &= Read(theme, file, shown(themeDir, file), templates, diagnostics);
        }
        return templates;
    }

    private static bool Read(ThemeFiles theme, string file, string path, Dictionary<string, Template> templates, DiagnosticBag diagnostics)
    {
        if (theme.Read(file, path, diagnostics) is not { } bytes) return false;
        var template = Template.Parse(new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), path);
        foreach (var message in template.Messages)
        {
            var at = TemplateProblems.At(message.Span);
            if (message.Type == ParserMessageType.Error) diagnostics.Error(at, $"template error: {message.Message}");
            else diagnostics.Warning(at, $"template: {message.Message}");
        }
        if (template.HasErrors) return false;
        templates[Path.GetFileName(file)[..^Theme.TemplateExtension.Length]] = template;
        return true;
    }

    /// <summary>Every <c>include "name"</c> with a literal name must name a partial, and no partial may include itself, directly or not.</summary>
    private static bool IncludesResolve(Dictionary<string, Template> layouts, Dictionary<string, Template> partials, DiagnosticBag diagnostics)
    {
        var ok = true;
        var graph = partials.ToDictionary(p => p.Key, p => IncludeFinder.Find(p.Value), StringComparer.Ordinal);
        foreach (var includes in layouts.Values.Select(IncludeFinder.Find).Concat(graph.Values))
        {
            foreach (var (name, span) in includes.Where(i => !partials.ContainsKey(i.Name)))
            {
                diagnostics.Error(TemplateProblems.At(span), UnknownPartial(name, partials.Keys));
                ok = false;
            }
        }

        // Depth-first search for a cycle; each cycle is reported at the include that closes it.
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the stack, 2 done
        void Visit(string name)
        {
            state[name] = 1;
            foreach (var (next, span) in graph[name].Where(i => graph.ContainsKey(i.Name)))
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    diagnostics.Error(TemplateProblems.At(span), next == name
                        ? $"partial '{name}' includes itself: an endless loop"
                        : $"partial '{name}' includes '{next}', which leads back to '{name}': an endless loop");
                    ok = false;
                }
                else if (state.GetValueOrDefault(next) == 0) Visit(next);
            }
            state[name] = 2;
        }
        foreach (var name in graph.Keys.Order(StringComparer.Ordinal))
            if (state.GetValueOrDefault(name) == 0) Visit(name);
        return ok;
    }

    private sealed class IncludeFinder : ScriptVisitor
    {
        private readonly List<(string Name, SourceSpan Span)> _found = [];

        public static List<(string Name, SourceSpan Span)> Find(Template template)
        {
            var finder = new IncludeFinder();
            template.Page?.Accept(finder);
            return finder._found;
        }

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariable { Name: "include" } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
                _found.Add((name, node.Span));
            base.Visit(node);
        }
    }
}
