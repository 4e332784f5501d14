using System.Diagnostics;
using System.Globalization;
using System.Text;
using SiteGen.Model;
using SiteGen.Tests.Parsing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Reading;

/// <summary>
/// Hostile and unusual files, each ingested through the whole read → detect → parse path
/// on a temporary input folder: nothing may throw, every problem is a positioned
/// diagnostic, and good entries around a bad one survive.
/// </summary>
public sealed class BadInputTests
{
    private const string Publication = "010-publication-list/normal.txt";
    private const string Daily = "020-daily-papers/normal.txt";
    private const string Category = "030-category-listing/normal.txt";

    private static string Sample(string relative) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "TestFiles", relative)).ReplaceLineEndings("\n");

    private static string Dump(string name, byte[] bytes)
    {
        var (result, diagnostics) = TempInput.IngestOne(name, bytes);
        return RecordDump.Write(result.Records, diagnostics.Items);
    }

    [Fact]
    public void An_empty_file_is_reported_and_the_other_listings_still_parse()
    {
        using var input = new TempInput().With("empty.txt", []).With("cat.txt", Sample(Category));
        var (result, diagnostics) = input.Ingest();

        Assert.Equal(5, result.Records.Count());
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("empty.txt", 1), d.Location);
        Assert.Contains("empty", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.txt", "# Notes\n\nSome prose about papers, with a date Mar 11, 2024 and a dot ·.\n\n- item one\n- item two\n")]
    [InlineData("papers.csv", "title,authors,year\n\"Attention Is All You Need\",\"Vaswani, Ashish\",2017\n\"Deep Residual Learning\",\"He, Kaiming\",2016\n")]
    [InlineData("config.json", "{\n  \"title\": \"Not a listing\",\n  \"papers\": []\n}\n")]
    public void A_file_of_another_format_is_not_a_recognised_listing(string name, string text)
    {
        var (result, diagnostics) = TempInput.IngestOne(name, text);

        Assert.Empty(result.Records);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation(name, 1), d.Location);
        Assert.Contains("not a recognised listing", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Binary_junk_is_refused_without_throwing(int seed)
    {
        var bytes = new byte[4096];
        new Random(seed).NextBytes(bytes);
        bytes[100] = 0; // random bytes nearly always hold a NUL; make sure

        var (result, diagnostics) = TempInput.IngestOne("junk.bin", bytes);

        Assert.Empty(result.Records);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("junk.bin", d.Location.File);
        Assert.Contains("binary", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Publication, 2)]
    [InlineData(Daily, 7)]
    [InlineData(Category, 2)]
    public void A_nul_in_a_title_is_a_space_and_one_warning_at_its_line(string sample, int titleLine)
    {
        var lines = Sample(sample).Split('\n');
        var withNul = lines.ToArray();
        var withSpace = lines.ToArray();
        var at = lines[titleLine - 1].IndexOf(' ', StringComparison.Ordinal);
        withNul[titleLine - 1] = lines[titleLine - 1][..at] + "\0" + lines[titleLine - 1][(at + 1)..];

        var (result, diagnostics) = TempInput.IngestOne("listing.txt", string.Join('\n', withNul));
        var (expected, _) = TempInput.IngestOne("listing.txt", string.Join('\n', withSpace));

        Assert.Equal(RecordDump.Write(expected.Records, []), RecordDump.Write(result.Records, []));
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("listing.txt", titleLine), d.Location);
        Assert.Contains("NUL", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_after_the_first_8_KiB_is_reported_at_its_line_too()
    {
        var sb = new StringBuilder("Doe, Jane\n");
        for (var i = 0; i < 200; i++)
            sb.Append(CultureInfo.InvariantCulture, $"Paper Number {i}\nDoe, Jane\nThe abstract of paper number {i}, long enough for a listing.\n");
        var text = sb.ToString();
        var lines = text.Split('\n');
        Assert.True(Encoding.UTF8.GetByteCount(string.Join('\n', lines[..^20])) > 8192);
        lines[^20] = lines[^20].Replace("abstract", "abs\0tract", StringComparison.Ordinal);

        var (result, diagnostics) = TempInput.IngestOne("pubs.txt", string.Join('\n', lines));

        Assert.Equal(200, result.Records.Count());
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("pubs.txt", lines.Length - 19), d.Location);
    }

    [Fact]
    public void Many_control_characters_are_one_warning_at_the_first_counting_lines_as_the_reader_does()
    {
        // CRLF, CR and LF each end one line, so the first control character is on line 4.
        var text = "Doe, Jane\r\nA Paper\rDoe, Jane\nAn abstract with a bell\a, a NUL\0 and a DEL\u007F and a C1 control\u0085.\r\n";
        var (result, diagnostics) = TempInput.IngestOne("pubs.txt", text);

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("pubs.txt", 4), d.Location);
        Assert.Contains("U+0007", d.Message, StringComparison.Ordinal);
        Assert.Contains("3 more", d.Message, StringComparison.Ordinal);
        Assert.Equal("An abstract with a bell , a NUL  and a DEL  and a C1 control .", Assert.Single(result.Records).Abstract);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_bom_reads_like_utf8(bool bigEndian)
    {
        var text = Sample(Publication);
        var (result, diagnostics) = TempInput.IngestOne("listing.txt", new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text));

        Assert.Equal(Dump("listing.txt", Encoding.UTF8.GetBytes(text)), RecordDump.Write(result.Records, diagnostics.Items));
    }

    [Fact]
    public void Small_integers_in_utf16_layout_are_still_binary()
    {
        // Every other byte NUL, as in UTF-16 text, but the other bytes are control codes: a table of numbers, not text.
        var bytes = new byte[2048];
        for (var i = 0; i < bytes.Length; i += 2) bytes[i] = (byte)(1 + i / 2 % 20);

        var (result, diagnostics) = TempInput.IngestOne("table.bin", bytes);

        Assert.Empty(result.Records);
        Assert.Contains("binary", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_names_each_bad_line_and_the_rest_of_the_file_still_parses()
    {
        // Line 6 (an abstract) and line 11 (a title) get bytes that are not UTF-8.
        var lines = Sample(Category).Split('\n');
        var bytes = new List<byte>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) bytes.Add((byte)'\n');
            if (i + 1 is 6 or 11) bytes.AddRange(new byte[] { 0xC3, 0x28, 0xFF }); // at the start: in the abstract and the title
            bytes.AddRange(Encoding.UTF8.GetBytes(lines[i]));
        }

        var (result, diagnostics) = TempInput.IngestOne("cat.txt", bytes.ToArray());

        Assert.Equal(
            ["cat.txt(6)", "cat.txt(11)"],
            diagnostics.Items.Select(d => d.Location.ToString()));
        Assert.All(diagnostics.Items, d => Assert.Contains("invalid UTF-8", d.Message, StringComparison.Ordinal));
        var records = result.Records.ToList();
        Assert.Equal(5, records.Count);
        Assert.Contains('\uFFFD', records[1].Abstract);
        Assert.Equal("Bobby He", records[3].Authors[0].Display);
        Assert.Contains('\uFFFD', records[3].Title);
    }

    [Fact]
    public void Many_invalid_lines_are_named_up_to_five_then_counted()
    {
        var bytes = new List<byte>();
        for (var i = 1; i <= 8; i++)
            bytes.AddRange([.. Encoding.UTF8.GetBytes($"line {i} "), 0xFF, (byte)'\n']);

        var (_, diagnostics) = TempInput.IngestOne("bad.txt", bytes.ToArray());

        var utf8 = diagnostics.Items.Where(d => d.Message.Contains("UTF-8", StringComparison.Ordinal)).ToList();
        Assert.Equal(["bad.txt(1)", "bad.txt(2)", "bad.txt(3)", "bad.txt(4)", "bad.txt(5)", "bad.txt(6)"], utf8.Select(d => d.Location.ToString()));
        Assert.Contains("3 more line(s)", utf8[^1].Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> FormatsAndLineEndings()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in new[] { Publication, Daily, Category })
            foreach (var ending in new[] { "CRLF", "CR", "mixed" })
                data.Add(sample, ending);
        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndLineEndings))]
    public void Line_endings_do_not_change_the_records(string sample, string ending)
    {
        var lf = Sample(sample);
        var lines = lf.Split('\n');
        var converted = ending switch
        {
            "CRLF" => string.Join("\r\n", lines),
            "CR" => string.Join("\r", lines),
            _ => string.Concat(lines.Select((l, i) => l + (i % 3) switch { 0 => "\r\n", 1 => "\n", _ => "\r" })),
        };

        var expected = Dump("listing.txt", Encoding.UTF8.GetBytes(lf));
        Assert.Equal(expected, Dump("listing.txt", Encoding.UTF8.GetBytes(converted)));
        Assert.DoesNotContain("\r", expected, StringComparison.Ordinal);
        Assert.Contains("-- ", expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Publication)]
    [InlineData(Daily)]
    [InlineData(Category)]
    public void A_utf8_bom_is_dropped(string sample)
    {
        var text = Sample(sample);
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        Assert.Equal(Dump("listing.txt", Encoding.UTF8.GetBytes(text)), Dump("listing.txt", withBom));
        var (result, _) = TempInput.IngestOne("listing.txt", withBom);
        Assert.DoesNotContain(result.Records, r => r.Title.Contains('\uFEFF', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Publication)]
    [InlineData(Daily)]
    [InlineData(Category)]
    public void Utf16_le_with_a_bom_reads_like_utf8(string sample)
    {
        var text = Sample(sample).Replace("\n", "\r\n", StringComparison.Ordinal);
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var expected = Dump("listing.txt", Encoding.UTF8.GetBytes(Sample(sample)));
        Assert.Equal(expected, Dump("listing.txt", utf16));
        Assert.DoesNotContain("warning", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_last_publication_entry_is_reported_at_its_title()
    {
        // Cut the sample after the last entry's title: no authors, no abstract.
        var text = string.Join('\n', Sample(Publication).Split('\n')[..9]);
        var (result, diagnostics) = TempInput.IngestOne("pubs.txt", text);

        Assert.Equal(2, result.Records.Count());
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("pubs.txt", 9), d.Location);
    }

    [Fact]
    public void A_truncated_last_daily_entry_is_kept_undated_and_reported_at_its_title()
    {
        // Cut the sample inside the last meta block, before its '·' and date.
        var lines = Sample(Daily).Split('\n');
        var text = string.Join('\n', lines[..Array.LastIndexOf(lines, "·")]);
        var (result, diagnostics) = TempInput.IngestOne("daily.txt", text);

        Assert.Equal(3, result.Records.Count());
        Assert.Empty(diagnostics.Items);
        var cut = result.Records.Last();
        Assert.Equal("A Title That Wraps Onto a Second Line", cut.Title);
        Assert.Equal("An abstract that also wraps onto a second line.", cut.Abstract);
        Assert.Equal(1, cut.AuthorCount);
        Assert.True(cut.Date.IsUnknown);
        Assert.Equal(EntryGaps.NoDate, cut.Gaps);

        // The gap is reported once no input/papers/<slug>.md fills it, at the entry's title.
        using var input = new TempInput().With("daily.txt", text);
        var built = new SiteGen.Diagnostics.DiagnosticBag();
        var paper = SiteGen.Pipeline.CatalogPipeline.Run(input.Dir, built).Catalog.Papers.Single(p => p.Title == cut.Title);
        var d = Assert.Single(built.Items);
        Assert.Equal(new SourceLocation("daily.txt", 23), d.Location);
        Assert.Contains("'A Title That Wraps Onto a Second Line': no date (cited as n.d.); kept as a paper: set date in", d.Message, StringComparison.Ordinal);
        Assert.Contains($"input/papers/{paper.Slug}.md", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_last_category_entry_is_reported_at_its_meta_line()
    {
        // Keep only the last entry's meta line.
        var text = string.Join('\n', Sample(Category).Split('\n')[..13]);
        var (result, diagnostics) = TempInput.IngestOne("cat.txt", text);

        Assert.Equal(4, result.Records.Count());
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("cat.txt", 13), d.Location);
    }

    [Fact]
    public void A_malformed_publication_entry_in_the_middle_costs_only_itself()
    {
        var lines = Sample(Publication).Split('\n');
        lines[5] = "Johannes van der Waals and friends wrote this"; // the second entry's author line
        var (result, diagnostics) = TempInput.IngestOne("pubs.txt", string.Join('\n', lines));

        Assert.Equal(["On the Radioactivity of Polonium and Radium Salts", "Hyphens, Apostrophes and Diacritics: A Stress Test"],
            result.Records.Select(r => r.Title));
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("pubs.txt", 5), d.Location);
    }

    [Fact]
    public void A_malformed_daily_entry_in_the_middle_costs_only_itself()
    {
        var lines = Sample(Daily).Split('\n');
        var i = Array.IndexOf(lines, "Oct 23 3");
        lines[i] = "yesterday-ish";
        var (result, diagnostics) = TempInput.IngestOne("daily.txt", string.Join('\n', lines));

        Assert.Equal(2, result.Records.Count());
        Assert.Equal("A Title That Wraps Onto a Second Line", result.Records.Last().Title);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("daily.txt", i + 1), d.Location);
        Assert.Contains("yesterday-ish", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_category_entry_in_the_middle_costs_only_itself()
    {
        var lines = Sample(Category).Split('\n').ToList();
        lines.Insert(6, "a stray line that fits no entry");
        var (result, diagnostics) = TempInput.IngestOne("cat.txt", string.Join('\n', lines));

        Assert.Equal(5, result.Records.Count());
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("cat.txt", 7), d.Location);
        Assert.Equal(new SourceLocation("cat.txt", 8), result.Records.ElementAt(2).Source);
    }

    [Fact]
    public void A_huge_glued_line_is_split_quickly()
    {
        var huge = string.Concat(Enumerable.Repeat("Word ", 40_000)).TrimEnd() + "Carol White, Dan Brown";
        var text = $"LGMar 1, 2024\nFirst Paper TitleAlice Smith, Bob Jones\nFirst abstract.\nLGMar 2, 2024\n{huge}\n{new string('x', 100_000)}\n";

        var clock = Stopwatch.StartNew();
        var (result, diagnostics) = TempInput.IngestOne("cat.txt", text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Empty(diagnostics.Items);
        var last = result.Records.Last();
        Assert.Equal("Carol White", last.Authors[0].Display);
        Assert.EndsWith("Word Word", last.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Publication, 4)]
    [InlineData(Daily, 8)]
    [InlineData(Category, 5)]
    public void A_megabyte_line_in_any_format_neither_hangs_nor_throws(string sample, int lineNumber)
    {
        var lines = Sample(sample).Split('\n');
        // Upper-case letters, commas and spaces: the characters every parser's scanning keys on.
        lines[lineNumber - 1] = string.Concat(Enumerable.Repeat("ABC Def, GHI", 100_000));

        var clock = Stopwatch.StartNew();
        var (result, _) = TempInput.IngestOne("big.txt", string.Join('\n', lines));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.NotEmpty(result.Records);
    }

    [Theory]
    [InlineData("Daily Papers\n\nDec 9\n\nA Paper\n\nAn abstract.\n\n  • 99999999999 authors\n·\nMar 1, 2024 99999999999\n")]
    [InlineData("Daily Papers\n\nDec 9\n\nA Paper\n\nAn abstract.\n\n  • 2 authors\n·\nFeb 3, 0000\n")]
    [InlineData("·\n  • 2 authors\n·\nMar 1, 2024\n·\n·\n")]
    [InlineData("LGMar 1, 0000\nA PaperAlice Smith\nAbstract.\n")]
    [InlineData("LGMar 1, 2024\n·\n·\n")]
    [InlineData("Smith, Alice\n·\nSmith, Alice\n·\nSmith, Alice\n")]
    public void Odd_input_never_throws_and_yields_diagnostics_or_records(string text)
    {
        var (result, diagnostics) = TempInput.IngestOne("odd.txt", text);

        Assert.True(result.Records.Any() || diagnostics.Items.Count > 0);
        Assert.All(diagnostics.Items, d => Assert.Equal("odd.txt", d.Location.File));
    }
}
