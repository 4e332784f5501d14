namespace SiteGen.Model;

/// <summary>Everything the site shows: papers and the authors and topics they refer to.</summary>
public sealed record Catalog(
    IReadOnlyList<Paper> Papers,
    IReadOnlyDictionary<string, Author> Authors,
    IReadOnlyDictionary<string, Topic> Topics);
