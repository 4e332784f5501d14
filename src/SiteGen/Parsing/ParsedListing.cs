using SiteGen.Model;

namespace SiteGen.Parsing;

/// <summary>What one parser made of one file.</summary>
public sealed record ParsedListing(string File, ListingFormat Format, IReadOnlyList<PaperRecord> Records);
