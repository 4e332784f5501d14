using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Parsing;
using SiteGen.Reading;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// Random listings stitched from the pieces of all three formats (meta lines, separators,
/// dates, author lines, names, junk). Whatever the mix, parsing must not throw, and every
/// record and diagnostic must point at a real line of the file.
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

    [Fact]
    public void Random_mixes_of_format_pieces_never_throw_and_stay_in_bounds()
    {
        var random = new Random(20261122);
        int recordCount = 0, diagnosticCount = 0;
        for (var iteration = 0; iteration < 3000; iteration++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => Pieces[random.Next(Pieces.Length)] + (random.Next(8) == 0 ? Pieces[random.Next(Pieces.Length)] : ""))
                .ToList();
            var text = new SourceText("fuzz.txt", lines);
            var diagnostics = new DiagnosticBag();

            var listings = ParseStage.Run([text], SiteConfig.Default with { ListingYear = 2025 }, diagnostics);

            foreach (var record in listings.SelectMany(l => l.Records))
            {
                Assert.InRange(record.Source.Line, 1, lines.Count);
                Assert.False(string.IsNullOrWhiteSpace(record.Title), string.Join("\n", lines));
                Assert.DoesNotContain(record.Authors, a => a.Family.Length == 0);
            }
            foreach (var d in diagnostics.Items)
                Assert.InRange(d.Location.Line, 1, lines.Count);
            recordCount += listings.Sum(l => l.Records.Count);
            diagnosticCount += diagnostics.Items.Count;
        }
        // The mixes must reach the parsers' entry paths, not only the "unrecognised" exit.
        Assert.True(recordCount > 100, $"only {recordCount} records");
        Assert.True(diagnosticCount > 1000, $"only {diagnosticCount} diagnostics");
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
                var context = new ParseContext(SiteConfig.Default, diagnostics, new SiteGen.Parsing.Names.NameLexicon());
                parser.Detect(text);
                parser.ContributeNames(text, context.Lexicon);
                var records = parser.Parse(text, context);
                Assert.All(records, r => Assert.InRange(r.Source.Line, 1, 3));
            }
        }
    }
}
