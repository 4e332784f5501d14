using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;
using SiteGen.Parsing.Dates;
using SiteGen.Parsing.Names;
using SiteGen.Reading;

namespace SiteGen.Parsing.DailyPapers;

/// <summary>
/// A "Daily Papers" page. After a page header (ending in the page date, "Dec 9"), each
/// paper is three blank-separated blocks: the title; the abstract; and a meta block of
/// "  • N authors" (or an organisation line), "·", and a date with optional year and
/// upvotes ("Oct 23 3", "Nov 29, 2024 2"). Names are never given.
/// </summary>
public sealed partial class DailyPapersParser : IListingParser
{
    private const string Separator = "·";

    /// <summary>Non-blank header lines a page may have before its first entry ("Daily Papers", "Dec 9", ...).</summary>
    private const int HeaderAllowance = 3;

    [GeneratedRegex(@"^\s*•\s*(?<n>\d{1,9})\s+authors?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorCountLine();

    [GeneratedRegex(@"^\s*(?<upvotes>\d{1,9})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Upvotes();

    public ListingFormat Format => ListingFormat.DailyPapers;

    public double Detect(SourceText text)
    {
        int separators = 0, dated = 0;
        for (var i = 1; i + 1 < text.Lines.Count; i++)
        {
            if (text.Lines[i].Trim() != Separator) continue;
            separators++;
            if (TryParseDateLine(text.Lines[i + 1], out _, out _)) dated++;
        }
        if (separators == 0) return 0;
        // An entry is about five non-blank lines (title, abstract, authors, '·', date) and
        // the page header a few more; a file mostly made of something else is not a daily
        // page just because one pasted entry is.
        var nonBlank = text.Lines.Count(l => !string.IsNullOrWhiteSpace(l));
        var coverage = Math.Min(1.0, (5.0 * separators + HeaderAllowance) / nonBlank);
        return 0.95 * coverage * dated / separators;
    }

    public TokenisedListing Read(SourceText text)
    {
        var blocks = Block.Split(text);
        // Daily pages give author counts, never names.
        return new TokenisedListing(_ => { }, context => Parse(text, blocks, context));
    }

    private List<PaperRecord> Parse(SourceText text, List<Block> blocks, ParseContext context)
    {
        var records = new List<PaperRecord>();
        var pending = new List<Block>(); // title/abstract blocks since the last meta block
        var seenFirstPaper = false;

        foreach (var block in blocks)
        {
            var sep = block.IndexOf(text, Separator);
            if (sep < 0)
            {
                pending.Add(block);
                continue;
            }

            if (!seenFirstPaper)
            {
                // Everything before the first paper is the page header, which ends with the
                // page date ("Dec 9"); without one, the last two blocks are title and abstract.
                var pageDate = pending.FindLastIndex(b => b.Count == 1 && TryParseDateLine(text.Lines[b.Start], out _, out _));
                var headerBlocks = pageDate >= 0 ? pageDate + 1 : Math.Max(0, pending.Count - 2);
                pending.RemoveRange(0, headerBlocks);
                seenFirstPaper = true;
            }
            if (pending.Count > 2)
            {
                // Title and abstract blocks with no meta block of their own: entries whose
                // author and date lines the source lost. Each is still a paper.
                records.AddRange(Unfinished(text, pending.Take(pending.Count - 2).ToList(), context));
                pending.RemoveRange(0, pending.Count - 2);
            }

            var record = ParseEntry(text, pending, block, sep, context);
            if (record is not null) records.Add(record);
            pending.Clear();
        }

        if (pending.Count > 0 && seenFirstPaper)
            records.AddRange(Unfinished(text, pending, context));
        else if (!seenFirstPaper)
            context.Diagnostics.Warning(text.At(0), "no entries found (expected title, abstract, authors, '·', date)");
        return records;
    }

    /// <summary>A title is short: abstracts run to hundreds of characters, titles of the pages seen stay under 200.</summary>
    private const int LongestTitle = 300;

    private static bool IsTitleLike(SourceText text, Block block) => block.Join(text).Length <= LongestTitle;

    /// <summary>
    /// A meta block that lost its '·': an author line ("• 5 authors", or an organisation line
    /// before a date) and/or a date line. Its author and date are still read.
    /// </summary>
    private static bool IsMetaFragment(SourceText text, Block block) =>
        block.Count <= 2 && (Enumerable.Range(block.Start, block.Count).Any(i => AuthorCountLine().IsMatch(text.Lines[i]))
                             || TryParseDateLine(text.Lines[block.End - 1], out _, out _) || TryParseImpossibleDateLine(text.Lines[block.End - 1], out _));

    /// <summary>
    /// Entries that end without their '·' or date: title, abstract and meta-fragment blocks in
    /// order, each entry kept as a paper with what it has; what it lacks (no date, no authors) is
    /// a gap reported once input/papers/&lt;slug&gt;.md had its chance to fill it
    /// (<see cref="EntryGaps"/>). Blocks pair as title and abstract; with an odd number, a title
    /// followed by another title stands alone. A long paragraph where a title should be names
    /// nothing and is reported.
    /// </summary>
    private List<PaperRecord> Unfinished(SourceText text, List<Block> blocks, ParseContext context)
    {
        var records = new List<PaperRecord>();
        for (var i = 0; i < blocks.Count;)
        {
            var title = blocks[i];
            var textBlocksLeft = blocks.Skip(i).Count(b => !IsMetaFragment(text, b));
            i++;
            if (IsMetaFragment(text, title))
            {
                context.Diagnostics.Warning(text.At(title.Start), "author or date line with no title before it; skipped");
                continue;
            }
            Block? abstractBlock = null;
            if (!IsTitleLike(text, title))
            {
                if (title.Count == 1)
                {
                    context.Diagnostics.Warning(text.At(title.Start), $"paragraph '{ShortTitle(text, title)}' has no title before it and no author line, '·' and date after it; skipped");
                    continue;
                }
                // Title and abstract with the blank line between them lost: the title is the first line.
                (title, abstractBlock) = (new Block(title.Start, title.Start + 1), new Block(title.Start + 1, title.End));
            }
            else if (i < blocks.Count && !IsMetaFragment(text, blocks[i]) && (!IsTitleLike(text, blocks[i]) || textBlocksLeft % 2 == 0))
                abstractBlock = blocks[i++];
            Block? meta = i < blocks.Count && IsMetaFragment(text, blocks[i]) ? blocks[i++] : null;
            records.Add(FromFragment(text, title, abstractBlock, meta, context));
        }
        return records;
    }

    /// <summary>An entry from its title, abstract and whatever its meta block kept.</summary>
    private PaperRecord FromFragment(SourceText text, Block title, Block? abstractBlock, Block? meta, ParseContext context)
    {
        int? count = null, upvotes = null;
        string? organisation = null;
        var date = PartialDate.Unknown;
        if (meta is { } m)
        {
            for (var i = m.Start; i < m.End; i++)
            {
                var line = text.Lines[i];
                if (AuthorCountLine().Match(line) is { Success: true } c) count = int.Parse(c.Groups["n"].Value, CultureInfo.InvariantCulture);
                else if (TryParseDateLine(line, out var d, out var u)) (date, upvotes) = (d, u);
                else if (TryParseImpossibleDateLine(line, out var u2))
                {
                    context.Diagnostics.Warning(text.At(i), $"'{line.Trim()}' is not a real date; entry kept without a date");
                    upvotes = u2;
                }
                else organisation = OrganisationName(line.Trim());
            }
            if ((count is not null || organisation is not null) && !date.IsUnknown)
                context.Diagnostics.Warning(text.At(m.Start), $"entry '{ShortTitle(text, title)}' has no '·' between its author line and its date; read anyway");
        }
        return new PaperRecord
        {
            Title = title.Join(text),
            Abstract = abstractBlock?.Join(text) ?? "",
            AuthorCount = count,
            Organisation = organisation,
            Date = date,
            Upvotes = upvotes,
            Gaps = (date.IsUnknown ? EntryGaps.NoDate : EntryGaps.None) | (count is null && organisation is null ? EntryGaps.NoAuthors : EntryGaps.None),
            Source = text.At(title.Start),
            Format = Format,
        };
    }

    /// <summary>The title as a diagnostic quotes it: enough to find the entry, never a whole wall of text.</summary>
    private static string ShortTitle(SourceText text, Block block)
    {
        var title = block.Join(text);
        return title.Length > 80 ? title[..77] + "..." : title;
    }

    private PaperRecord? ParseEntry(SourceText text, List<Block> pending, Block meta, int sep, ParseContext context)
    {
        if (pending.Count == 0)
        {
            context.Diagnostics.Warning(text.At(meta.Start), "entry needs a title before its author line; skipped");
            return null;
        }
        if (sep == meta.Start)
        {
            context.Diagnostics.Warning(text.At(sep), $"entry '{ShortTitle(text, pending[0])}' has no author line before '·'; skipped");
            return null;
        }
        if (sep + 1 >= meta.End)
        {
            context.Diagnostics.Warning(text.At(sep), $"entry '{ShortTitle(text, pending[0])}' has no date after '·'; skipped");
            return null;
        }

        var dateLine = sep + 1;
        if (!TryParseDateLine(text.Lines[dateLine], out var date, out var upvotes))
        {
            if (!TryParseImpossibleDateLine(text.Lines[dateLine], out upvotes))
            {
                context.Diagnostics.Warning(text.At(dateLine), $"'{text.Lines[dateLine].Trim()}' is not a date like 'Mar 11, 2024' or 'Apr 6'; entry skipped");
                return null;
            }
            // "Feb 30": the entry is otherwise fine, so keep it undated (as the category listing does).
            context.Diagnostics.Warning(text.At(dateLine), $"'{text.Lines[dateLine].Trim()}' is not a real date; entry kept without a date");
            date = PartialDate.Unknown;
        }

        var who = text.Lines[sep - 1].Trim();
        int? count = null;
        string? organisation = null;
        if (AuthorCountLine().Match(who) is { Success: true } m)
            count = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        else
            organisation = OrganisationName(who);

        var title = pending[0].Join(text);
        var abstractText = pending.Count > 1 ? pending[1].Join(text) : "";
        if (pending.Count == 1 && pending[0].Count > 1)
        {
            // One block of several lines: title and abstract with the blank line between
            // them lost. The title is the first line; a wrapped title would be rarer than this.
            title = text.Lines[pending[0].Start].Trim();
            abstractText = new Block(pending[0].Start + 1, pending[0].End).Join(text);
        }
        else if (pending.Count == 1)
        {
            context.Diagnostics.Warning(text.At(pending[0].Start), "entry has no abstract; kept without one");
        }

        return new PaperRecord
        {
            Title = title,
            Abstract = abstractText,
            AuthorCount = count,
            Organisation = organisation,
            Date = date,
            Upvotes = upvotes,
            Source = text.At(pending[0].Start),
            Format = Format,
        };
    }

    /// <summary>Date then optional upvote count: "Mar 11, 2024", "Apr 6", "Oct 23 3", "Nov 29, 2024 2".</summary>
    internal static bool TryParseDateLine(string line, out PartialDate date, out int? upvotes)
    {
        upvotes = null;
        var trimmed = line.Trim();
        if (!ListingDateParser.TryParsePrefix(trimmed, out date, out var length)) return false;
        var rest = trimmed[length..];
        if (rest.Length == 0) return true;
        if (Upvotes().Match(rest) is not { Success: true } m || !char.IsWhiteSpace(rest[0])) return false;
        upvotes = int.Parse(m.Groups["upvotes"].Value, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>A date line whose day the month lacks ("Feb 30, 2024 5"): date-shaped, optional upvotes.</summary>
    private static bool TryParseImpossibleDateLine(string line, out int? upvotes)
    {
        upvotes = null;
        var trimmed = line.Trim();
        var length = ListingDateParser.ShapeLength(trimmed);
        if (length == 0) return false;
        var rest = trimmed[length..];
        if (rest.Length == 0) return true;
        if (Upvotes().Match(rest) is not { Success: true } m || !char.IsWhiteSpace(rest[0])) return false;
        upvotes = int.Parse(m.Groups["upvotes"].Value, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>
    /// Organisation lines repeat the handle before the display name ("UCSC-VLAA UCSC-VLAA",
    /// "StanfordUniversity Stanford University"); keep the display name.
    /// </summary>
    internal static string OrganisationName(string line)
    {
        var space = line.IndexOf(' ');
        return space > 0 && space < line.Length - 1 ? line[(space + 1)..].Trim() : line;
    }

    /// <summary>A run of non-blank lines [Start, End).</summary>
    private readonly record struct Block(int Start, int End)
    {
        public int Count => End - Start;

        public string Join(SourceText text) =>
            string.Join(' ', Enumerable.Range(Start, Count).Select(i => text.Lines[i].Trim()));

        public int IndexOf(SourceText text, string line)
        {
            for (var i = Start; i < End; i++)
                if (text.Lines[i].Trim() == line) return i;
            return -1;
        }

        public static List<Block> Split(SourceText text)
        {
            var blocks = new List<Block>();
            var start = -1;
            for (var i = 0; i <= text.Lines.Count; i++)
            {
                var blank = i == text.Lines.Count || string.IsNullOrWhiteSpace(text.Lines[i]);
                if (blank && start >= 0) { blocks.Add(new Block(start, i)); start = -1; }
                else if (!blank && start < 0) start = i;
            }
            return blocks;
        }
    }
}
