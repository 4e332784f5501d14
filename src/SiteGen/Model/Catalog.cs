namespace SiteGen.Model;

/// <summary>
/// Everything the site shows: papers and the authors and topics they refer to. Papers are
/// in site order (newest first, undated last, then by title key), which every list and
/// previous/next follow.
/// </summary>
public sealed record Catalog(
    IReadOnlyList<Paper> Papers,
    IReadOnlyDictionary<string, Author> Authors,
    IReadOnlyDictionary<string, Topic> Topics);
