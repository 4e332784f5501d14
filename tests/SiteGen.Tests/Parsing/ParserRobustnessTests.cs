using FsCheck;
using FsCheck.Fluent;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Export.Listings;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Parsing.Names;
using SiteGen.Reading;
using SiteGen.Tests.Export;
using SiteGen.Tests.Import;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// Property (FsCheck): no listing parser throws on any text, and every record and diagnostic
/// points at a real line of the file. Files are stitched from the pieces of all three formats
/// (meta lines, separators, dates, author lines, names), damaged pages written by the listing
/// writers, arbitrary characters (control characters, NUL, lone surrogates), lines of tens of
/// thousands of characters, and any line endings. (Replay a failure with the seed FsCheck prints;
/// SITEGEN_PROPERTY_RUNS=5000 runs it harder.)
/// </summary>
public sealed class ParserRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "", "", "   ", "·", " · ", "  • 3 authors", "  • 1 author", "  • 99999999999 authors", "UCSC-VLAA UCSC-VLAA",
        "Mar 11, 2024", "Apr 6", "Oct 23 3", "Nov 29, 2024 2", "Feb 30", "Feb 29", "Feb 3, 0000", "Dec 9", "Sept 31, 2020 1",
        "99.8CLMar 16Code", "LGFeb 23, 2023Code", "COMP-PHAug 15, 2019Code", "CVFeb 30, 2024", "LGMar 1, 0000", "1000LGMar 1",
        "Simplifying Transformer BlocksBobby He, Thomas Hofmann", "A TitleAlice Smith et al. · eth-zurich", " et al. · ", "·Alice Smith",
        "Falck, Fabian", "Castro, Daniel C., van der Waals, Johannes", "Smith, Alice, Jones", ",", ", , ,",
        "Daily Papers", "A plain sentence that could be a title or an abstract.", "\t", "é", "\uFFFD\uFFFD", "et al.",
        "A", "a", "1", "Code", "(", ")", "?", "'", "\"", "-", "--", "McDonald", "LLMs", "GPT-4", "Jr.", "III",
    ];

    /// <summary>Any UTF-16 unit: printable ASCII most often, then control characters (NUL, tab, CR, ...), lone surrogates, marks the formats use.</summary>
    private static Gen<char> AnyChar => Gen.Frequency(
        (6, Gen.Choose(0x20, 0x7E).Select(c => (char)c)),
        (2, Gen.Choose(0x00, 0x1F).Select(c => (char)c)),
        (2, Gen.Choose(0x7F, 0xFFFF).Select(c => (char)c)),
        (2, Gen.Elements("·•’'é\uFEFF\u200B\u202E\uFFFD,.-".ToCharArray())));

    private static Gen<string> Junk(int min, int max) =>
        from n in Gen.Choose(min, max)
        from cs in Gen.ArrayOf(AnyChar, n)
        select new string(cs);

    private static Gen<string> Line => Gen.Frequency(
        (6, Gen.Elements(Pieces)),
        (2, from a in Gen.Elements(Pieces) from b in Gen.Elements(Pieces) select a + b),
        (3, Junk(0, 40)),
        // Long lines: a piece repeated (a glued line the splitter must not go quadratic on), or noise.
        (1, from piece in Gen.Elements(Pieces) from n in Gen.Choose(100, 1500) select string.Concat(Enumerable.Repeat(piece, n))),
        (1, Junk(2000, 10000)));

    /// <summary>A real page of one of the three formats, as its writer wrote it.</summary>
    private static Gen<IReadOnlyList<string>> WrittenPage => Gen.OneOf(
        from page in ListingRecordGenerators.Page(ListingRecordGenerators.CategoryRecord).Generator
        select Lines(w => CategoryListingWriter.Write(page.Records, w, page.PageYear)),
        from page in ListingRecordGenerators.Page(ListingRecordGenerators.DailyRecord).Generator
        select Lines(w => DailyPapersWriter.Write(page.Records, w, new PartialDate(page.PageYear, 3, 1))),
        from owner in ListingRecordGenerators.FullName
        from records in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(ListingRecordGenerators.PublicationRecord, n))
        select Lines(w => PublicationListWriter.Write(records, w, owner)));

    /// <summary>A written page with lines dropped, repeated, replaced by junk or cut short: a damaged real file.</summary>
    private static Gen<List<string>> DamagedPage =>
        from page in WrittenPage
        from edits in Gen.ListOf(Gen.Zip(Gen.Choose(0, 3), Gen.Zip(Gen.Choose(0, 10_000), Line)))
        select Damage(page, edits);

    private static List<string> Damage(IReadOnlyList<string> page, IEnumerable<(int Kind, (int At, string Junk) Where)> edits)
    {
        var lines = page.ToList();
        foreach (var (kind, (at, junk)) in edits)
        {
            if (lines.Count == 0) break;
            var i = at % lines.Count;
            switch (kind)
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[i]); break;
                case 2: lines[i] = junk; break;
                default: lines[i] = lines[i][..(at % (lines[i].Length + 1))]; break;
            }
        }
        return lines;
    }

    private static readonly string[] LineEndings = ["\n", "\r\n", "\r"];

    /// <summary>Whole files: stitched pieces, damaged real pages, or noise, with any line endings.</summary>
    private static Arbitrary<string> Files =>
        Gen.Frequency(
            (3, Gen.ListOf(Line).Select(l => (IReadOnlyList<string>)l.ToList())),
            (3, DamagedPage.Select(l => (IReadOnlyList<string>)l)),
            (1, Junk(0, 500).Select(j => (IReadOnlyList<string>)[j])))
        .SelectMany(lines => Gen.Elements(LineEndings).Select(end => string.Join(end, lines)))
        .ToArbitrary();

    private static IReadOnlyList<string> Lines(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
    }

    private static readonly IListingParser[] ListingFormatParsers =
        [.. ListingParsers.All.Where(p => p.Format is ListingFormat.PublicationList or ListingFormat.DailyPapers or ListingFormat.CategoryListing)];

    [Fact]
    public void No_listing_parser_throws_on_any_text_and_every_position_is_a_real_line()
    {
        int records = 0, diagnostics = 0;
        Check.One(PropertyRuns.Quick(300), Prop.ForAll(Files, file =>
        {
            var text = SourceText.FromString("fuzz.txt", file);
            var lastLine = Math.Max(1, text.Lines.Count);
            var context = new ParseContext(SiteConfig.Default with { ListingYear = 2025 }, new DiagnosticBag(), new NameLexicon());

            // Each listing parser on its own, whatever detection would pick: a file of one
            // format is still text another parser may be asked about.
            foreach (var parser in ListingFormatParsers)
            {
                var confidence = parser.Detect(text);
                Assert.InRange(confidence, 0.0, 1.0);
                var tokenised = parser.Read(text);
                tokenised.ContributeNames(context.Lexicon);
                var parsed = tokenised.Parse(context);
                AssertSound(parsed, lastLine);
                records += parsed.Count;
            }
            // And the whole stage: detection among all parsers, the shared lexicon, the year rule.
            var stage = new DiagnosticBag();
            var listings = ParseStage.Run([text], SiteConfig.Default, stage);
            foreach (var listing in listings) AssertSound(listing.Records, lastLine);

            foreach (var d in context.Diagnostics.Items.Concat(stage.Items))
                Assert.InRange(d.Location.Line, 1, lastLine);
            diagnostics += context.Diagnostics.Items.Count;
        }));
        // The files must reach the parsers' entry paths, not only the "unrecognised" exit.
        Assert.True(records > 300, $"only {records} records");
        Assert.True(diagnostics > 300, $"only {diagnostics} diagnostics");
    }

    /// <summary>Found by the property above (seed 11210275342755352097,6682120940966558097): empty segments after a seam became nameless authors.</summary>
    [Fact]
    public void A_title_author_line_ending_in_empty_segments_credits_nobody_for_them()
    {
        var text = SourceText.FromString("fuzz.txt", "COMP-PHAug 15, 2019Code\nLLMs, , ,\nAn abstract.\n");
        var context = new ParseContext(SiteConfig.Default with { ListingYear = 2025 }, new DiagnosticBag(), new NameLexicon());
        var tokenised = new SiteGen.Parsing.CategoryListing.CategoryListingParser().Read(text);
        tokenised.ContributeNames(context.Lexicon);

        var records = tokenised.Parse(context);

        AssertSound(records, text.Lines.Count);
        Assert.NotEmpty(records);
    }

    private static void AssertSound(IReadOnlyList<PaperRecord> records, int lastLine)
    {
        foreach (var record in records)
        {
            Assert.InRange(record.Source.Line, 1, lastLine);
            Assert.False(string.IsNullOrWhiteSpace(record.Title));
            Assert.DoesNotContain(record.Authors, a => a.Family.Length == 0);
        }
    }

    [Fact]
    public void Every_parser_survives_every_piece_alone_and_in_pairs()
    {
        foreach (var parser in ListingParsers.All)
        {
            foreach (var a in Pieces)
            foreach (var b in Pieces)
            {
                var text = new SourceText("pair.txt", [a, b, a]);
                var diagnostics = new DiagnosticBag();
                var context = new ParseContext(SiteConfig.Default, diagnostics, new NameLexicon());
                parser.Detect(text);
                var tokenised = parser.Read(text);
                tokenised.ContributeNames(context.Lexicon);
                var records = tokenised.Parse(context);
                Assert.All(records, r => Assert.InRange(r.Source.Line, 1, 3));
            }
        }
    }
}
