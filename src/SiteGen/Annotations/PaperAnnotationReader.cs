using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Reading;
using SiteGen.Text;
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

    /// <summary>input/papers/*.md from the input snapshot (already in name order).</summary>
    public static IReadOnlyList<PaperAnnotation> Read(InputSnapshot snapshot, DiagnosticBag diagnostics) =>
        snapshot.Annotations
            .Select(f => Parse(Path.GetFileNameWithoutExtension(f.Name), f.Text, f.Name, diagnostics))
            .ToList();

    public static PaperAnnotation Parse(string slug, string text, string file, DiagnosticBag diagnostics)
    {
        var (yaml, body, bodyLine) = SplitFrontMatter(text.ReplaceLineEndings("\n"));
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        bool? featured = null;
        var overrides = PaperOverrides.None;
        var notes = NotesCheck.Check(body, file, bodyLine, diagnostics).Trim();
        if (yaml.Length > 0)
        {
            if (!YamlLoader.TryLoad(yaml, file, diagnostics, "the front matter is not read and the site is not built until this is fixed", out var root))
                return new PaperAnnotation(slug, links, null, notes, file);
            if (root is YamlMappingNode map)
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
        return new PaperAnnotation(slug, links, featured, notes, file) { Overrides = overrides };
    }

    private static void AddLink(Dictionary<string, string> links, string name, string url, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (WebAddress.IsSchemeRelative(url))
            // "//host/x" leaves the site like an http(s) address does, so it must be written as one.
            diagnostics.Warning(at, $"link '{name}' ('{url.Trim()}') names another host without http:// or https://; write it as https:{url.Trim()}; ignored");
        else if (MarkdownRenderer.IsSafeUrl(url) && url.Trim().Length > 0)
            links[name] = url.Trim();
        else
            diagnostics.Warning(at, $"link '{name}' must be an http(s) or relative URL; ignored");
    }

    /// <summary>Front matter is the text between a first line "---" and the next "---" line; the body's first line number comes with it.</summary>
    /// <remarks>The YAML keeps a leading empty line for the opening fence so YAML line numbers are file line numbers.</remarks>
    private static (string Yaml, string Body, int BodyLine) SplitFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return ("", text, 1);
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0) return ("", text, 1);
        var afterFence = text.IndexOf('\n', end + 4);
        if (afterFence < 0) return ("\n" + text[4..(end + 1)], "", 1);
        var bodyLine = text.AsSpan(0, afterFence + 1).Count('\n') + 1;
        return ("\n" + text[4..(end + 1)], text[(afterFence + 1)..], bodyLine);
    }
}
