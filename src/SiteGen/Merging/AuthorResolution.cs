using SiteGen.Model;

namespace SiteGen.Merging;

/// <summary>Two spellings and why they were, or were not, taken for one person.</summary>
public sealed record NamePair(PersonName First, PersonName Second, string Reason);

/// <summary>Who is who: the catalog's authors and how every spelling maps to one of them.</summary>
internal sealed record AuthorResolution(
    IReadOnlyDictionary<string, Author> Authors,
    IReadOnlyDictionary<string, string> IdByNameKey,
    IReadOnlyList<NamePair> MergedByEvidence,
    IReadOnlyList<NamePair> Unmerged)
{
    public string IdOf(PersonName name) => IdByNameKey[NameKeys.Of(name)];
}
