using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Annotations;

/// <summary>
/// Reads <c>input/papers/*.md</c>: YAML front matter (corrections of the paper's fields, see
/// <see cref="PaperOverrideReader"/>; links pdf, code, slides, video, poster, website and more
/// under links; featured) and a Markdown body of notes. The file name is the paper's slug (or any
/// other address of it). Unknown keys and unsafe URLs are reported, not fatal.
/// </summary>
public static class PaperAnnotationReader
{
    public const string Folder = "papers";

    private static readonly HashSet<string> LinkKeys = new(StringComparer.Ordinal) { "pdf", "code", "slides", "video", "poster", "website" };

    public static IReadOnlyList<PaperAnnotation> Read(string inputDir, DiagnosticBag diagnostics)
    {
        var dir = Path.Combine(inputDir, Folder);
        if (!Directory.Exists(dir)) return [];
        return Directory.EnumerateFiles(dir, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), $"{Folder}/{Path.GetFileName(path)}", diagnostics))
            .ToList();
    }

    public static PaperAnnotation Parse(string slug, string text, string file, DiagnosticBag diagnostics)
    {
        var (yaml, body) = SplitFrontMatter(text.ReplaceLineEndings("\n"));
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        bool? featured = null;
        var overrides = PaperOverrides.None;
        if (yaml.Length > 0)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(yaml));
            }
            catch (YamlException ex)
            {
                diagnostics.Warning(new SourceLocation(file, (int)ex.Start.Line), $"invalid front matter: {ex.Message}; front matter ignored");
                return new PaperAnnotation(slug, links, null, body, file);
            }
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                foreach (var (k, v) in map.Children)
                {
                    var key = (k as YamlScalarNode)?.Value ?? "";
                    var at = new SourceLocation(file, (int)k.Start.Line);
                    if (key == "featured")
                        featured = v is YamlScalarNode { Value: "true" or "yes" };
                    else if (PaperOverrideReader.Keys.Contains(key))
                        overrides = PaperOverrideReader.Read(overrides, key, v, at, diagnostics);
                    else if (LinkKeys.Contains(key) && v is YamlScalarNode { Value: { } url })
                        AddLink(links, key, url, at, diagnostics);
                    else if (key == "links" && v is YamlMappingNode more)
                        foreach (var (lk, lv) in more.Children)
                            if (lk is YamlScalarNode { Value: { } name } && lv is YamlScalarNode { Value: { } u })
                                AddLink(links, name, u, at, diagnostics);
                            else
                                diagnostics.Warning(at, "'links' entries must be 'name: url'");
                    else
                        diagnostics.Warning(at, $"unknown front matter key '{key}' ignored (known: {string.Join(", ", PaperOverrideReader.Keys.Concat(LinkKeys).Order())}, links, featured)");
                }
            }
        }
        return new PaperAnnotation(slug, links, featured, body.Trim(), file) { Overrides = overrides };
    }

    private static void AddLink(Dictionary<string, string> links, string name, string url, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (MarkdownRenderer.IsSafeUrl(url) && url.Trim().Length > 0)
            links[name] = url.Trim();
        else
            diagnostics.Warning(at, $"link '{name}' must be an http(s) or relative URL; ignored");
    }

    /// <summary>Front matter is the text between a first line "---" and the next "---" line.</summary>
    /// <remarks>The YAML keeps a leading empty line for the opening fence so YAML line numbers are file line numbers.</remarks>
    private static (string Yaml, string Body) SplitFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return ("", text);
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0) return ("", text);
        var afterFence = text.IndexOf('\n', end + 4);
        var body = afterFence < 0 ? "" : text[(afterFence + 1)..];
        return ("\n" + text[4..(end + 1)], body);
    }
}
