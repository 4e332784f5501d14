using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Citation;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Export.Listings;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Import;
using SiteGen.Tests.Parsing;

namespace SiteGen.Tests.Export;

/// <summary>
/// Property (issue 14): import → <c>sitegen export --format csl-json</c> → import gives the same
/// papers with the same fields. The first import reads a BibTeX database, a category listing and
/// a daily page at once (merges, editors, standard fields, links, author counts and organisations,
/// categories); the second reads only the export. Upvotes, scores and affiliations are listing
/// trivia CSL has no place for and are not compared; nor is where a paper came from.
/// </summary>
public sealed class CslJsonPaperRoundTripTests
{
    private static Arbitrary<(PaperRecord[] Bib, int PageYear, PaperRecord[] Category, PaperRecord[] Daily)> Inputs =>
        (from bib in RecordGenerators.Records.Generator
         from pageYear in Gen.Choose(2000, 2030)
         from category in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(ListingRecordGenerators.CategoryRecord(pageYear), n))
         from daily in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(ListingRecordGenerators.DailyRecord(pageYear), n))
         select (bib, pageYear, category, daily)).ToArbitrary();

    [Fact]
    public void Import_then_csl_json_export_then_import_keeps_every_paper_and_field() =>
        Check.One(PropertyRuns.Quick(60), Prop.ForAll(Inputs, inputs =>
        {
            using var first = new TempInput()
                .With("papers.bib", BibtexWriter.Write(inputs.Bib.Select(Reference.Of)))
                .With("site.yml", $"listing_year: {inputs.PageYear}\n");
            if (inputs.Category.Length > 0) first.With("003_category.txt", Written(w => CategoryListingWriter.Write(inputs.Category, w, inputs.PageYear)));
            if (inputs.Daily.Length > 0) first.With("001_daily.txt", Written(w => DailyPapersWriter.Write(inputs.Daily, w, new PartialDate(inputs.PageYear, 12, 9))));
            var imported = CatalogPipeline.Run(first.Dir, new DiagnosticBag()).Catalog;

            var export = Path.Combine(first.Dir, "..", Path.GetFileName(first.Dir) + ".json");
            using (var output = new StringWriter())
            using (var error = new StringWriter())
                Assert.Equal(0, SiteGenCommandLine.Run(["export", "--format", "csl-json", "--input", first.Dir, "-o", export], output, error));
            using var second = new TempInput().With("papers.json", File.ReadAllBytes(export));
            File.Delete(export);
            var again = CatalogPipeline.Run(second.Dir, new DiagnosticBag()).Catalog;

            Assert.Equal(Describe(imported), Describe(again));
        }));

    private static string Written(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    /// <summary>Every paper (by key) with every field the site shows or cites, as comparable text.</summary>
    private static string Describe(Catalog catalog)
    {
        var sb = new StringBuilder();
        foreach (var p in catalog.Papers.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var b = p.Bibliographic;
            sb.AppendLine(CultureInfo.InvariantCulture, $"key={p.Key} title={p.Title}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"authors={string.Join(" ; ", p.Authors.Select(a => $"{a.Name.Given}|{a.Name.Family}={catalog.Authors[a.AuthorId].Name.Display}"))} truncated={p.AuthorsTruncated} editors-only={p.AuthorsAreEditors}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"count={p.AuthorCount} organisation={p.Organisation}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"editors={string.Join(" ; ", b.Editors.Select(a => $"{a.Given}|{a.Family}"))} truncated={b.EditorsTruncated}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"date={p.Date.ToIso()} venue={p.Venue} type={b.EntryType ?? "misc"} keys={string.Join(",", b.CitationKeys.Order(StringComparer.Ordinal))}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"doi={b.Doi} arxiv={b.ArxivId} url={b.Url} featured={p.Featured} code={p.HasCode}");
            // As it reads: CSL-JSON gets the abstract as text (issue 19), "a--b" as "a–b".
            sb.AppendLine(CultureInfo.InvariantCulture, $"abstract={SiteGen.Tex.ReadableAbstract.Of(p.Abstract).Text}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"fields={string.Join(" ; ", b.OtherFields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"))}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"links={string.Join(" ; ", p.Links.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => $"{l.Key}={l.Value}"))}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"keywords={string.Join(" ; ", b.Keywords)} categories={string.Join(" ; ", p.Categories)}");
            sb.AppendLine(CultureInfo.InvariantCulture, $"topics={string.Join(" ; ", p.TopicIds.Select(id => $"{id}={catalog.Topics[id].Name}"))}");
        }
        return sb.ToString();
    }
}
