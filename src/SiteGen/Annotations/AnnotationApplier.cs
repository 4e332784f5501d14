using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Annotations;

/// <summary>Merges each input/papers/&lt;slug&gt;.md into the paper with that slug (current or old).</summary>
public static class AnnotationApplier
{
    public static IReadOnlyList<Paper> Apply(IReadOnlyList<Paper> papers, IReadOnlyDictionary<string, IReadOnlyList<string>> oldSlugs,
        IReadOnlyList<PaperAnnotation> annotations, DiagnosticBag diagnostics)
    {
        if (annotations.Count == 0) return papers;
        var bySlug = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < papers.Count; i++)
        {
            bySlug[papers[i].Slug] = i;
            if (oldSlugs.TryGetValue(papers[i].Key, out var old))
                foreach (var o in old) bySlug.TryAdd(o, i);
        }

        var result = papers.ToArray();
        foreach (var a in annotations)
        {
            if (!bySlug.TryGetValue(a.Slug, out var i))
            {
                diagnostics.Warning(new SourceLocation(a.File, 1), $"no paper has the slug '{a.Slug}' (see input/permalinks.yml); annotation ignored");
                continue;
            }
            var paper = result[i];
            var links = new Dictionary<string, string>(paper.Links, StringComparer.Ordinal);
            foreach (var (k, v) in a.Links) links[k] = v;
            result[i] = paper with
            {
                Links = links,
                Featured = a.Featured ?? paper.Featured,
                HasCode = paper.HasCode || links.ContainsKey("code"),
                Notes = a.Notes.Length > 0 ? a.Notes : paper.Notes,
            };
        }
        return result;
    }
}
