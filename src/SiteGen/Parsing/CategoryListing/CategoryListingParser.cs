using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;
using SiteGen.Parsing.Dates;
using SiteGen.Parsing.Names;
using SiteGen.Reading;

namespace SiteGen.Parsing.CategoryListing;

/// <summary>
/// A category listing: per paper a meta line "[score]CATEGORY date [Code]"
/// ("99.8CLMar 16Code", "COMP-PHAug 15, 2019Code"), a line with the title and the
/// authors glued together ("Simplifying Transformer BlocksBobby He, Thomas Hofmann
/// et al. · eth-zurich"), and the abstract.
/// </summary>
public sealed partial class CategoryListingParser : IListingParser
{
    // Parts are glued in the listings seen so far; spaces between them and arXiv-style
    // codes ("cs.LG", "q-bio.NC") are accepted too, for copies that kept them.
    [GeneratedRegex(@"^(?<score>\d{1,3}(?:\.\d+)?)?\s*(?<cat>[A-Za-z][A-Za-z.-]*?)\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)\s*(?<code>Code)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MetaLine();

    public ListingFormat Format => ListingFormat.CategoryListing;

    public double Detect(SourceText text)
    {
        int meta = 0, nonBlank = 0;
        foreach (var line in text.Lines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            nonBlank++;
            if (MetaLine().IsMatch(line.Trim())) meta++;
        }
        // Ideally every third line is a meta line.
        return meta == 0 ? 0 : Math.Min(1.0, 3.0 * meta / nonBlank);
    }

    public TokenisedListing Read(SourceText text)
    {
        var entries = Entries(text).ToList();
        return new TokenisedListing(
            lexicon =>
            {
                // Authors after the first are cleanly separated by ", "; only the first is glued to the title.
                foreach (var (_, glued, _) in entries)
                    if (glued >= 0)
                        lexicon.AddRange(TitleAuthorSplitter.CleanTrailingAuthors(text.Lines[glued]));
            },
            context => Parse(text, entries, context));
    }

    private List<PaperRecord> Parse(SourceText text, List<(int Meta, int Glued, int? Abstract)> entries, ParseContext context)
    {
        var records = new List<PaperRecord>();
        var splitter = new TitleAuthorSplitter(context.Lexicon);
        var expected = FirstNonBlank(text, 0);
        foreach (var (metaIndex, gluedIndex, abstractIndex) in entries)
        {
            if (expected >= 0 && expected < metaIndex)
                context.Diagnostics.Warning(text.At(expected), $"{metaIndex - expected} line(s) here fit no entry (expected '[score]CATEGORY date [Code]'); skipped");
            expected = FirstNonBlank(text, (abstractIndex ?? (gluedIndex >= 0 ? gluedIndex : metaIndex)) + 1);

            var meta = MetaLine().Match(text.Lines[metaIndex].Trim());
            if (gluedIndex < 0)
            {
                context.Diagnostics.Warning(text.At(metaIndex), "entry ends after its category line; skipped");
                continue;
            }
            var abstractText = abstractIndex is { } a ? text.Lines[a].Trim() : "";
            if (abstractIndex is null)
                context.Diagnostics.Warning(text.At(gluedIndex), "entry has no abstract line; kept without one");

            // An unsure seam is kept as the best guess and flagged: the build reports it unless
            // input/papers/<slug>.md sets the title and authors.
            var split = splitter.SplitOrGuess(text.Lines[gluedIndex].Trim(), abstractText);

            // The meta regex matched a date shape; a day the month lacks ("Feb 30") is reported
            // and the paper kept undated: the rest of the entry is still good.
            var date = PartialDate.Unknown;
            if (ListingDateParser.TryParse(meta.Groups["date"].Value, out var d)) date = d;
            else context.Diagnostics.Warning(text.At(metaIndex), $"'{meta.Groups["date"].Value}' is not a real date; entry kept without a date");
            records.Add(new PaperRecord
            {
                Title = split.Title,
                Authors = split.Authors,
                AuthorsTruncated = split.Truncated,
                Affiliations = split.Affiliations,
                Category = meta.Groups["cat"].Value,
                Score = meta.Groups["score"].Success ? double.Parse(meta.Groups["score"].Value, CultureInfo.InvariantCulture) : null,
                HasCode = meta.Groups["code"].Success,
                Date = date,
                Abstract = abstractText,
                Gaps = split.Guessed ? EntryGaps.GuessedTitle : EntryGaps.None,
                Source = text.At(metaIndex),
                Format = Format,
            });
        }

        if (expected >= 0 && expected < text.Lines.Count && records.Count > 0)
            context.Diagnostics.Warning(text.At(expected), "trailing line(s) fit no entry; skipped");
        return records;
    }

    /// <summary>(meta line, glued line or -1, abstract line or null) for each meta line in the file.</summary>
    private static IEnumerable<(int Meta, int Glued, int? Abstract)> Entries(SourceText text)
    {
        for (var i = 0; i < text.Lines.Count; i++)
        {
            if (!MetaLine().IsMatch(text.Lines[i].Trim())) continue;
            var glued = FirstNonBlank(text, i + 1);
            if (glued < 0 || MetaLine().IsMatch(text.Lines[glued].Trim()))
            {
                yield return (i, -1, null);
                continue;
            }
            var abs = FirstNonBlank(text, glued + 1);
            if (abs >= 0 && MetaLine().IsMatch(text.Lines[abs].Trim())) abs = -1;
            yield return (i, glued, abs < 0 ? null : abs);
            i = abs < 0 ? glued : abs;
        }
    }

    private static int FirstNonBlank(SourceText text, int from)
    {
        for (var i = from; i < text.Lines.Count; i++)
            if (!string.IsNullOrWhiteSpace(text.Lines[i])) return i;
        return -1;
    }
}
