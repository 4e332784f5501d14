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
    /// Tokenises the file once (BibTeX entries, JSON items, RIS references, the listing's
    /// entry lines); the result gives its names to the shared lexicon, then its records.
    /// </summary>
    TokenisedListing Read(SourceText text);
}

/// <summary>
/// One file as its parser tokenised it. <see cref="ContributeNames"/> runs for every file before
/// any <see cref="Parse"/>, so parsers that need name evidence (the category listing's
/// title/author seam) see the names of all inputs; both work from the one tokenisation.
/// </summary>
public sealed class TokenisedListing(Action<NameLexicon> contributeNames, Func<ParseContext, IReadOnlyList<PaperRecord>> parse)
{
    /// <summary>Adds the names this file gives cleanly to the shared lexicon.</summary>
    public void ContributeNames(NameLexicon lexicon) => contributeNames(lexicon);

    /// <summary>Every entry that has a title becomes a record; what an entry lacks or gets wrong is a diagnostic.</summary>
    public IReadOnlyList<PaperRecord> Parse(ParseContext context) => parse(context);
}
