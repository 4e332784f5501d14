using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Reading;
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
        return File.Exists(path) ? Parse(File.ReadAllText(path), diagnostics) : new PermalinkMap([]);
    }

    /// <summary>The map in the input snapshot; none yet (a new project) is an empty map, one that could not be read a broken one.</summary>
    public static PermalinkMap Load(InputSnapshot snapshot, DiagnosticBag diagnostics) =>
        snapshot.PermalinkMap is { } file ? Parse(file.Text, diagnostics)
        : new PermalinkMap([]) { IsBroken = snapshot.CouldNotRead(FileName) };

    public static PermalinkMap Parse(string text, DiagnosticBag diagnostics)
    {
        // Refuse to guess: a build that ignored a broken map would hand out new URLs.
        if (!YamlLoader.TryLoad(text, FileName, diagnostics, "fix it (it is committed: git diff input/permalinks.yml) or delete it", out var rootNode))
            return new PermalinkMap([]) { IsBroken = true };

        var entries = new List<PermalinkEntry>();
        if (rootNode is YamlMappingNode root
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
        return new PermalinkMap(entries, ReadAuthors(rootNode, diagnostics));
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
    /// Entries leave the map only by hand: a map with fewer papers than the one the last build
    /// published was emptied, cut short (a bad merge, a half-copied file) or lost, and building
    /// on it would hand the missing papers' addresses out anew. That is an error unless the
    /// user says it is meant (<c>--reset-permalinks</c>).
    /// </summary>
    public bool CheckNotShrunk(int? lastBuilt, bool resetAccepted, DiagnosticBag diagnostics)
    {
        if (lastBuilt is not { } published || Entries.Count >= published || resetAccepted) return true;
        diagnostics.Error(new SourceLocation(FileName, 0),
            $"the permalink map holds {Entries.Count} paper(s) but the last build published {published}: it was emptied or cut short, and the missing papers' "
            + "addresses would change. Restore it (it is committed: git checkout input/permalinks.yml), or build with --reset-permalinks if you mean it");
        return false;
    }

    /// <summary>
    /// Writes input/permalinks.yml if its content changed: the one file outside the output
    /// folder a build maintains. Written whole or not at all (<see cref="AtomicFile"/>);
    /// false, with an error, if it could not be, so the build does not publish addresses the
    /// map does not hold.
    /// </summary>
    public static bool SaveIfChanged(string inputDir, string text, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, FileName);
        try
        {
            if (File.Exists(path) && File.ReadAllText(path) == text) return true;
            AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(text));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(FileName, 0), $"could not save the permalink map: {ex.Message}; the site is not published until it can be");
            return false;
        }
    }

    /// <summary>
    /// Removes what a build killed while saving the map left in input/: its temporary file
    /// (and permalinks.yml.tmp, the name SiteGen used before), with an info saying so.
    /// </summary>
    public static void RemoveLeftovers(string inputDir, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, FileName);
        var removed = AtomicFile.RemoveLeftovers(path).ToList();
        var legacy = path + ".tmp";
        try
        {
            if (File.Exists(legacy))
            {
                File.Delete(legacy);
                removed.Add(Path.GetFileName(legacy));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Never read as input (InputSnapshot.IsIgnored); leaving it does no harm.
        }
        foreach (var name in removed)
            diagnostics.Info(new SourceLocation(name, 0), "removed: a temporary copy of the permalink map, left by a build that was stopped while saving it");
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
