using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Permalinks;

/// <summary>
/// Keeps author pages where they are: an author whose name (any spelling merged into them) the permalink
/// map records keeps that address; a new author gets the slug of their name, never one the map holds.
/// Merging assigns ids from names in every build; this re-keys the catalog to the recorded ones.
/// </summary>
/// <remarks>
/// A map from before author addresses were recorded belongs to a site whose author pages have the old
/// rule's addresses (names in other scripts dropped, so "Иванов" was authors/author.html): those are kept,
/// once, and recorded; only authors added after get readable transliterated slugs.
/// </remarks>
public static class AuthorPermalinkAssigner
{
    private const int MaxSlugLength = 60;
    private const string Fallback = "author";

    /// <param name="loaded">The map as read from input/permalinks.yml.</param>
    /// <returns>The catalog with recorded author ids, and the author entries to record.</returns>
    public static (Catalog Catalog, IReadOnlyList<AuthorPermalink> Authors) Assign(Catalog catalog, PermalinkMap loaded)
    {
        var legacy = !loaded.RecordsAuthors && loaded.Entries.Count > 0;
        // A new site: the ids merging made are the addresses, to be recorded.
        if (loaded.Authors.Count == 0 && !legacy)
            return (catalog, [.. catalog.Authors.Values.Select(a => new AuthorPermalink(NameKeys.Of(a.Name), a.Id))]);

        var recorded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in loaded.Authors) recorded.TryAdd(a.NameKey, a.Slug);
        var legacyIds = legacy ? LegacyIds(catalog.Authors.Values) : null;
        var taken = loaded.Authors.Select(a => a.Slug).Concat(legacyIds?.Values.AsEnumerable() ?? []).ToHashSet(StringComparer.Ordinal);
        var idOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var fresh = new List<(Author Author, string Key, string Slug)>();
        foreach (var author in catalog.Authors.Values)
        {
            var key = NameKeys.Of(author.Name);
            var known = recorded.ContainsKey(key) ? key : author.Variants.Select(NameKeys.Of).FirstOrDefault(recorded.ContainsKey);
            // A slug a hand-edited map gives two people goes to the first; the other is new.
            if (known is not null && assigned.Add(recorded[known]))
                (idOf[author.Id], entries[known]) = (recorded[known], recorded[known]);
            else if (legacyIds is not null)
                (idOf[author.Id], entries[key]) = (legacyIds[author.Id], legacyIds[author.Id]);
            else
                fresh.Add((author, key, Slugifier.Slugify(author.Name.Display, MaxSlugLength, Fallback)));
        }
        // In the order merging gave (by slug, then name), so "wei-wang" and "wei-wang-2" go as they always did.
        foreach (var (author, key, slug) in fresh.OrderBy(f => f.Slug, StringComparer.Ordinal)
                     .ThenBy(f => f.Author.Name.Display, StringComparer.Ordinal).ThenBy(f => f.Author.Id, StringComparer.Ordinal))
        {
            var id = slug;
            for (var n = 2; assigned.Contains(id) || !taken.Add(id); n++) id = $"{slug}-{n}";
            assigned.Add(id);
            (idOf[author.Id], entries[key]) = (id, id);
        }
        // Authors no longer in the input keep their entries: their addresses are never given to someone else.
        foreach (var (key, slug) in recorded) entries.TryAdd(key, slug);

        var records = entries.Select(e => new AuthorPermalink(e.Key, e.Value)).ToList();
        return (idOf.All(kv => kv.Key == kv.Value) ? catalog : Rekey(catalog, idOf), records);
    }

    /// <summary>
    /// The ids the old rule gave (slugs without transliteration, numbered in the same order: by slug, then by the
    /// name as it was shown, "Given Family" in every script; Chinese, Japanese and Korean names are shown family
    /// name first since, which would reorder "author", "author-2"… among them).
    /// </summary>
    private static Dictionary<string, string> LegacyIds(IEnumerable<Author> authors)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in authors
                     .Select(a => (Author: a, Shown: a.Name.Given.Length == 0 ? a.Name.Family : $"{a.Name.Given} {a.Name.Family}"))
                     .Select(x => (x.Author, x.Shown, Slug: Slugifier.SlugifyLatinOnly(x.Shown, MaxSlugLength, Fallback)))
                     .OrderBy(x => x.Slug, StringComparer.Ordinal).ThenBy(x => x.Shown, StringComparer.Ordinal)
                     .ThenBy(x => x.Author.Id, StringComparer.Ordinal))
        {
            var id = a.Slug;
            for (var n = 2; !used.Add(id); n++) id = $"{a.Slug}-{n}";
            ids[a.Author.Id] = id;
        }
        return ids;
    }

    private static Catalog Rekey(Catalog catalog, Dictionary<string, string> idOf) => catalog with
    {
        Authors = catalog.Authors.Values.ToDictionary(a => idOf[a.Id], a => a with { Id = idOf[a.Id] }, StringComparer.Ordinal),
        Papers = [.. catalog.Papers.Select(p => p.Authors.Any(c => idOf[c.AuthorId] != c.AuthorId)
            ? p with { Authors = [.. p.Authors.Select(c => c with { AuthorId = idOf[c.AuthorId] })] }
            : p)],
    };
}
