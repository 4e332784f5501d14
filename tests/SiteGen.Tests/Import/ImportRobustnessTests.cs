using SiteGen.Citation;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Export;
using SiteGen.Model;
using SiteGen.Tests.Parsing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>Bad and big bibliography files: never an exception, always a position, detection by content and extension.</summary>
public sealed class ImportRobustnessTests
{
    private static string TestFiles => Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "TestFiles");

    public static TheoryData<string> ImportCases()
    {
        var data = new TheoryData<string>();
        foreach (var area in new[] { "110-bibtex", "120-ris", "130-csl-json", "140-arxiv-atom" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestFiles, area), "*.txt").Where(f => !f.EndsWith(".out.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(TestFiles, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(ImportCases))]
    public void Any_cut_or_corruption_of_an_import_file_parses_without_throwing_and_with_positions(string testCase)
    {
        var text = File.ReadAllText(Path.Combine(TestFiles, testCase));
        var mutations = Gen.Choose(0, text.Length).SelectMany(cut =>
            Gen.Elements("", "{", "}", "\"", "@", "<", "&", "]", ",", "\n@article{x,\n", "TY  - JOUR\n", "\\").Select(junk => text[..cut] + junk + text[cut..(cut + (text.Length - cut) / 2)]));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(mutations.ToArbitrary(), mutated =>
        {
            var (_, diagnostics) = TempInput.IngestOne(Path.GetFileName(testCase), mutated);
            Assert.All(diagnostics.Items, d => Assert.True(d.Location.Line >= 1, d.ToString()));
        }));
    }

    [Theory]
    [InlineData("papers.bib", "@article{k, title={T}, year={2020}}\n", ListingFormat.Bibtex)]
    [InlineData("papers.txt", "junk before\n@inproceedings{k,\n title = {T}\n}\n", ListingFormat.Bibtex)]
    [InlineData("refs.ris", "TY  - JOUR\nTI  - T\nER  - \n", ListingFormat.Ris)]
    [InlineData("refs.txt", "TY  - JOUR\nTI  - T\nER  - \n", ListingFormat.Ris)]
    [InlineData("zotero.json", "[{\"type\": \"article-journal\", \"title\": \"T\", \"issued\": {\"date-parts\": [[2020]]}}]", ListingFormat.CslJson)]
    [InlineData("query.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2401.00001v1</id><title>T</title></entry></feed>", ListingFormat.ArxivAtom)]
    public void Each_format_is_detected_by_content_whatever_the_extension(string name, string text, ListingFormat format)
    {
        var (result, diagnostics) = TempInput.IngestOne(name, text);
        var record = Assert.Single(result.Records);
        Assert.Equal(format, record.Format);
        Assert.Equal("T", record.Title);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_bib_file_without_entries_is_reported_as_empty_bibtex_not_as_an_unknown_listing()
    {
        var (result, diagnostics) = TempInput.IngestOne("empty.bib", "% nothing here yet\n");
        Assert.Empty(result.Records);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("empty.bib(1): warning: no BibTeX entries found", d.ToString());
    }

    [Fact]
    public void Twenty_thousand_bibtex_entries_all_parse()
    {
        var records = Gen.Sample(RecordGenerators.Record, 20_000).Select((r, i) => r with
        {
            Bibliographic = r.Bibliographic with { CitationKeys = [$"key{i}"] },
        }).ToList();
        var text = BibtexWriter.Write(records.Select(Reference.Of));
        var (result, diagnostics) = TempInput.IngestOne("big.bib", Encoding.UTF8.GetBytes(text));
        Assert.Equal(20_000, result.Records.Count());
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity >= SiteGen.Diagnostics.DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Twenty_thousand_csl_json_items_and_ris_references_all_parse()
    {
        var records = Gen.Sample(RecordGenerators.Record, 20_000).ToList();
        using var buffer = new MemoryStream();
        CslJsonWriter.Write(records.Select(Reference.Of), buffer);
        foreach (var (name, bytes) in new[] { ("big.json", buffer.ToArray()), ("big.ris", Encoding.UTF8.GetBytes(RisWriter.Write(records.Select(Reference.Of)))) })
        {
            var (result, _) = TempInput.IngestOne(name, bytes);
            Assert.Equal(20_000, result.Records.Count());
        }
    }
}
