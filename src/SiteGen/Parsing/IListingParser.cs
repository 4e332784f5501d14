using SiteGen.Model;
using SiteGen.Parsing.Names;
using SiteGen.Reading;

namespace SiteGen.Parsing;

/// <summary>One parser per listing format. Formats are told apart by content; bibliography formats may also weigh the extension (.bib, .ris, .json, .xml).</summary>
public interface IListingParser
{
    ListingFormat Format { get; }

    /// <summary>How sure this parser is that <paramref name="text"/> is its format: 0 (not at all) to 1.</summary>
    double Detect(SourceText text);

    /// <summary>
    /// Adds names this file gives cleanly to the shared lexicon. Runs for every file
    /// before any <see cref="Parse"/>, so parsers that need name evidence see all inputs.
    /// </summary>
    void ContributeNames(SourceText text, NameLexicon lexicon);

    /// <summary>Parses every entry it can; an entry that does not fit gets a diagnostic and is skipped.</summary>
    IReadOnlyList<PaperRecord> Parse(SourceText text, ParseContext context);
}
