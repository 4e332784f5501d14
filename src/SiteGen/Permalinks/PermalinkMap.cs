using SiteGen.Diagnostics;
using SiteGen.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Permalinks;

/// <summary>One paper's permanent address: its slug now and every slug it had before.</summary>
public sealed record PermalinkEntry(string Key, string Slug, IReadOnlyList<string> OldSlugs, string AbstractHash);

/// <summary>One author's permanent address, authors/<paramref name="Slug"/>.html, by the folded name it was given for.</summary>
public sealed record AuthorPermalink(string NameKey, string Slug);

/// <summary>
/// The permalink map kept in <c>input/permalinks.yml</c>: paper key → slug, and author name → slug. It is what
/// makes URLs permanent: once a paper has a slug, adding papers, reordering inputs or
/// rebuilding never changes it, and slugs of renamed or removed papers are never reused.
/// </summary>
public sealed class PermalinkMap
{
    public const string FileName = "permalinks.yml";

    public PermalinkMap(IEnumerable<PermalinkEntry> entries, IEnumerable<AuthorPermalink>? authors = null)
    {
        Entries = entries.ToList();
        Authors = authors?.ToList() ?? [];
        RecordsAuthors = authors is not null;
    }

    public IReadOnlyList<PermalinkEntry> Entries { get; }

    /// <summary>Author addresses, recorded since issue 20 (before, an author's address was remade by every build).</summary>
    public IReadOnlyList<AuthorPermalink> Authors { get; }

    /// <summary>
    /// False for a map written before author addresses were recorded: its site's author pages have the
    /// addresses the old rule made (<see cref="AuthorPermalinkAssigner"/> keeps them).
    /// </summary>
    public bool RecordsAuthors { get; private init; }

    /// <summary>This map's papers with <paramref name="authors"/> as its authors.</summary>
    public PermalinkMap WithAuthors(IEnumerable<AuthorPermalink> authors) => new(Entries, authors) { IsBroken = IsBroken };

    public static PermalinkMap Load(string inputDir, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, FileName);
        if (!File.Exists(path)) return new PermalinkMap([]);

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlException ex)
        {
            // Refuse to guess: a build that ignored a broken map would hand out new URLs.
            diagnostics.Error(new SourceLocation(FileName, (int)ex.Start.Line), $"invalid YAML in the permalink map: {ex.Message}; fix or delete it");
            return new PermalinkMap([]) { IsBroken = true };
        }

        var entries = new List<PermalinkEntry>();
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("papers"), out var papersNode) && papersNode is YamlMappingNode papers)
        {
            foreach (var (k, v) in papers.Children)
            {
                if (k is not YamlScalarNode { Value: { } key } || v is not YamlMappingNode entry
                    || !entry.Children.TryGetValue(new YamlScalarNode("slug"), out var slugNode) || slugNode is not YamlScalarNode { Value: { Length: > 0 } slug })
                {
                    diagnostics.Warning(new SourceLocation(FileName, (int)k.Start.Line), "permalink entry needs a 'slug'; ignored");
                    continue;
                }
                var old = entry.Children.TryGetValue(new YamlScalarNode("old"), out var oldNode) && oldNode is YamlSequenceNode seq
                    ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList()
                    : [];
                var hash = entry.Children.TryGetValue(new YamlScalarNode("abstract"), out var h) && h is YamlScalarNode { Value: { } hv } ? hv : "";
                entries.Add(new PermalinkEntry(key, slug, old, hash));
            }
        }
        return new PermalinkMap(entries, ReadAuthors(stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null, diagnostics));
    }

    /// <summary>The "authors:" section, or null when the map has none (a map from before authors were recorded).</summary>
    private static List<AuthorPermalink>? ReadAuthors(YamlNode? rootNode, DiagnosticBag diagnostics)
    {
        if (rootNode is not YamlMappingNode root || !root.Children.TryGetValue(new YamlScalarNode("authors"), out var node))
            return null;
        var authors = new List<AuthorPermalink>();
        if (node is not YamlMappingNode mapping) return authors; // "authors:" with nothing under it
        foreach (var (k, v) in mapping.Children)
        {
            if (k is YamlScalarNode { Value: { Length: > 0 } key } && v is YamlScalarNode { Value: { } slug } && IsSlug(slug))
                authors.Add(new AuthorPermalink(key, slug));
            else
                diagnostics.Warning(new SourceLocation(FileName, (int)k.Start.Line), "author permalink needs a name and a slug of a-z, 0-9 and '-' (\"name\": slug); ignored");
        }
        return authors;
    }

    // An author's slug becomes a file name: nothing but what Slugifier makes.
    private static bool IsSlug(string slug) =>
        slug.Length > 0 && slug[0] != '-' && slug[^1] != '-' && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    /// <summary>True when the file exists but could not be read; the build must not overwrite it.</summary>
    public bool IsBroken { get; private init; }

    /// <summary>
    /// Writes input/permalinks.yml if its content changed: the one file outside the
    /// output folder a build maintains (issue: URLs must survive rebuilds). Written to a
    /// temporary file and renamed, so a crash never leaves half a map.
    /// </summary>
    public static void SaveIfChanged(string inputDir, string text, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, FileName);
        try
        {
            if (File.Exists(path) && File.ReadAllText(path) == text) return;
            var temp = path + ".tmp";
            File.WriteAllText(temp, text);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(new SourceLocation(FileName, 0), $"could not save the permalink map: {ex.Message}; new papers' URLs are not yet pinned");
        }
    }

    /// <summary>The map as permalinks.yml. Emitted event by event: a node tree of 100k papers cost hundreds of MB.</summary>
    public string Serialize()
    {
        using var writer = new StringWriter();
        writer.WriteLine("# Maintained by `sitegen build`: each paper's permanent URL (papers/<slug>.html).");
        writer.WriteLine("# Keys are folded titles. Commit this file; edit a slug only if you accept the old URL redirecting.");
        writer.WriteLine("# authors: each author's page, authors/<slug>.html, by their folded name.");
        var yaml = new Emitter(writer);
        void Plain(string value) => yaml.Emit(new Scalar(null, null, value, ScalarStyle.Any, true, false));
        yaml.Emit(new StreamStart());
        yaml.Emit(new DocumentStart(null, null, isImplicit: true));
        yaml.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Any));
        Plain("papers");
        yaml.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Any));
        foreach (var e in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            yaml.Emit(new Scalar(null, null, e.Key, ScalarStyle.DoubleQuoted, false, true));
            yaml.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Any));
            Plain("slug");
            Plain(e.Slug);
            if (e.OldSlugs.Count > 0)
            {
                Plain("old");
                yaml.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Any));
                foreach (var old in e.OldSlugs) Plain(old);
                yaml.Emit(new SequenceEnd());
            }
            if (e.AbstractHash.Length > 0)
            {
                Plain("abstract");
                Plain(e.AbstractHash);
            }
            yaml.Emit(new MappingEnd());
        }
        yaml.Emit(new MappingEnd());
        if (RecordsAuthors)
        {
            Plain("authors");
            yaml.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Any));
            foreach (var a in Authors.OrderBy(a => a.NameKey, StringComparer.Ordinal))
            {
                yaml.Emit(new Scalar(null, null, a.NameKey, ScalarStyle.DoubleQuoted, false, true));
                Plain(a.Slug);
            }
            yaml.Emit(new MappingEnd());
        }
        yaml.Emit(new MappingEnd());
        yaml.Emit(new DocumentEnd(isImplicit: true));
        yaml.Emit(new StreamEnd());
        return writer.ToString();
    }
}
