using SiteGen.Parsing.ArxivAtom;
using SiteGen.Parsing.Bibtex;
using SiteGen.Parsing.CategoryListing;
using SiteGen.Parsing.CslJson;
using SiteGen.Parsing.DailyPapers;
using SiteGen.Parsing.PublicationList;
using SiteGen.Parsing.Ris;
using SiteGen.Reading;

namespace SiteGen.Parsing;

/// <summary>The parsers SiteGen knows, and the choice of one for a file by its content (and, for bibliography formats, its extension).</summary>
public static class ListingParsers
{
    /// <summary>Below this confidence a file is reported as unrecognised rather than parsed badly.</summary>
    private const double MinimumConfidence = 0.3;

    public static IReadOnlyList<IListingParser> All { get; } =
    [
        new PublicationListParser(),
        new DailyPapersParser(),
        new CategoryListingParser(),
        new BibtexParser(),
        new RisParser(),
        new CslJsonParser(),
        new ArxivAtomParser(),
    ];

    public static IListingParser? Detect(SourceText text)
    {
        IListingParser? best = null;
        var bestScore = MinimumConfidence;
        foreach (var parser in All)
        {
            var score = parser.Detect(text);
            if (score >= bestScore) { best = parser; bestScore = score; }
        }
        return best;
    }
}
