using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing.Dates;
using SiteGen.Parsing.Names;
using SiteGen.Reading;

namespace SiteGen.Parsing;

/// <summary>
/// Decoded files → parsed listings: detects each file's format, builds the shared name
/// lexicon from all files, parses, then gives yearless dates their page year.
/// </summary>
public static class ParseStage
{
    public static IReadOnlyList<ParsedListing> Run(IReadOnlyList<SourceText> texts, SiteConfig config, DiagnosticBag diagnostics)
    {
        var detected = new List<(SourceText Text, IListingParser Parser)>();
        foreach (var text in texts)
        {
            if (text.Lines.All(string.IsNullOrWhiteSpace))
            {
                diagnostics.Warning(text.At(0), "file is empty; no entries");
                continue;
            }
            if (ListingParsers.Detect(text) is { } parser)
                detected.Add((text, parser));
            else
                diagnostics.Warning(text.At(0), "not a recognised listing (publication list, daily papers page or category listing); skipped");
        }

        // Each file is tokenised once, in parallel; names are gathered in input order.
        var tokenised = new TokenisedListing[detected.Count];
        Parallel.For(0, detected.Count, i => tokenised[i] = detected[i].Parser.Read(detected[i].Text));
        var lexicon = new NameLexicon();
        foreach (var listing in tokenised) listing.ContributeNames(lexicon);

        var context = new ParseContext(config, diagnostics, lexicon);
        var results = new ParsedListing[detected.Count];
        Parallel.For(0, detected.Count, i =>
        {
            var (text, parser) = detected[i];
            var records = tokenised[i].Parse(context);
            records = YearlessDateResolver.Resolve(records, text.Name, config.PinnedYearFor(text.Name), diagnostics);
            results[i] = new ParsedListing(text.Name, parser.Format, records);
        });
        return results;
    }
}
