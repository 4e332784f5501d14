using SiteGen.Citation;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Export;
using SiteGen.Model;
using SiteGen.Tests.Parsing;

namespace SiteGen.Tests.Import;

/// <summary>
/// Writing records in a format and parsing the file back gives the same records, for every
/// field the format carries (a field it has no place for is cleared before comparing).
/// </summary>
public sealed class RoundTripTests
{
    private static readonly Config Runs = PropertyRuns.Quick(150);

    [Fact]
    public void Bibtex_round_trip_is_lossless() =>
        Check.One(Runs, Prop.ForAll(RecordGenerators.Records, records =>
            AssertRoundTrip("papers.bib", BibtexWriter.Write(records.Select(Reference.Of)), records, r => r)));

    [Fact]
    public void Ris_round_trip_is_lossless_for_the_fields_ris_has() =>
        Check.One(Runs, Prop.ForAll(RecordGenerators.Records, records =>
            AssertRoundTrip("papers.ris", RisWriter.Write(records.Select(Reference.Of)), records, r => r with
            {
                HasCode = false,
                AuthorsAreEditors = false,
                Bibliographic = WithoutBibtexOnlyFields(r.Bibliographic) with
                {
                    ArxivId = null,
                    Selected = false,
                    Links = r.Bibliographic.Links.Where(l => l.Key == "pdf").ToDictionary(),
                },
            })));

    [Fact]
    public void Csl_json_round_trip_is_lossless() =>
        Check.One(Runs, Prop.ForAll(RecordGenerators.Records, records =>
        {
            using var buffer = new MemoryStream();
            CslJsonWriter.Write(records.Select(Reference.Of), buffer);
            AssertRoundTrip("papers.json", Encoding.UTF8.GetString(buffer.ToArray()), records, r => r);
        }));

    /// <summary>RIS and CSL-JSON are read for the people credited, not editors, nor BibTeX's other fields.</summary>
    private static SiteGen.Model.Bibliographic WithoutBibtexOnlyFields(SiteGen.Model.Bibliographic b) =>
        b with { Editors = [], EditorsTruncated = false, OtherFields = new Dictionary<string, string>() };

    /// <summary>Parses <paramref name="text"/> as the only input file and compares field by field with <paramref name="carried"/> of the originals.</summary>
    private static void AssertRoundTrip(string fileName, string text, PaperRecord[] originals, Func<PaperRecord, PaperRecord> carried)
    {
        var (result, diagnostics) = TempInput.IngestOne(fileName, text);
        var problems = diagnostics.Items.Where(d => d.Severity >= SiteGen.Diagnostics.DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + text);
        var parsed = result.Records.ToList();
        Assert.Equal(originals.Length, parsed.Count);
        for (var i = 0; i < originals.Length; i++)
            Assert.Equal(Fields(carried(originals[i])), Fields(parsed[i]));
    }

    /// <summary>
    /// Everything a record holds except where it came from, as comparable text. The abstract as it reads
    /// (issue 19: "a--b" is "a–b", "$\alpha$" is "α"): BibTeX keeps its TeX, the other formats get text.
    /// </summary>
    internal static string Fields(PaperRecord r)
    {
        var b = r.Bibliographic;
        return string.Join("\n",
            $"title={r.Title}",
            $"authors={string.Join(" ; ", r.Authors.Select(a => $"{a.Given}|{a.Family}"))} truncated={r.AuthorsTruncated} editors-only={r.AuthorsAreEditors}",
            $"editors={string.Join(" ; ", b.Editors.Select(a => $"{a.Given}|{a.Family}"))} truncated={b.EditorsTruncated}",
            $"date={r.Date.ToIso()} venue={r.Venue} code={r.HasCode}",
            $"abstract={SiteGen.Tex.ReadableAbstract.Of(r.Abstract).Text}",
            $"type={b.EntryType} keys={string.Join(",", b.CitationKeys)} doi={b.Doi} arxiv={b.ArxivId} url={b.Url} selected={b.Selected}",
            $"keywords={string.Join(" ; ", b.Keywords)}",
            $"links={string.Join(" ; ", b.Links.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"))}",
            $"fields={string.Join(" ; ", b.OtherFields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"))}");
    }
}
