using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Parsing.Names;

namespace SiteGen.Tests.Merging;

/// <summary>Small hand-made listings for merge tests.</summary>
internal static class Listings
{
    private static int _line;

    /// <summary>A record with "Given Family" author names.</summary>
    public static PaperRecord Paper(string title, params string[] authors) => new()
    {
        Title = title,
        Authors = authors.Select(PersonNameParser.ParseNatural).ToList(),
        Source = new SourceLocation("test.txt", Interlocked.Increment(ref _line)),
        Format = ListingFormat.CategoryListing,
    };

    public static IReadOnlyList<ParsedListing> Of(params PaperRecord[] records) =>
        [new ParsedListing("test.txt", ListingFormat.CategoryListing, records)];
}
