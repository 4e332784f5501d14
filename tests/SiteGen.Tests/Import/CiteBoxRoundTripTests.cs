using FsCheck;
using FsCheck.Fluent;
using SiteGen.Citation;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Tests.Parsing;

namespace SiteGen.Tests.Import;

/// <summary>
/// What the cite box shows is BibTeX that gives the paper back: a reader pasting it into their
/// .bib gets the same title, authors or editors, date (to the day), venue, other standard fields
/// (volume, pages, publisher, ...) and identifiers.
/// </summary>
public sealed class CiteBoxRoundTripTests
{
    [Fact]
    public void The_cite_box_entry_parses_back_to_the_paper() =>
        Check.One(PropertyRuns.Quick(100), Prop.ForAll(RecordGenerators.Record.ToArbitrary(), record =>
        {
            var paper = Assert.Single(MergeStage.Run([new ParsedListing("generated", ListingFormat.Bibtex, [record])], SiteConfig.Default, new DiagnosticBag()).Papers);
            var (result, diagnostics) = TempInput.IngestOne("cite.bib", BibtexWriter.Entry(Reference.Of(paper), BibtexContent.Reference));
            Assert.DoesNotContain(diagnostics.Items, d => d.Severity >= DiagnosticSeverity.Warning);
            var back = Assert.Single(result.Records);

            // The cite box gives no abstract, keywords or al-folio extras beyond the PDF.
            var expected = record with
            {
                Abstract = "",
                HasCode = false,
                AuthorsTruncated = record.AuthorsTruncated && record.Authors.Count > 0, // "et al." alone is not kept by the merge
                Bibliographic = record.Bibliographic with
                {
                    Keywords = [],
                    Selected = false,
                    Links = record.Bibliographic.Links.Where(l => l.Key == "pdf").ToDictionary(),
                },
            };
            Assert.Equal(RoundTripTests.Fields(expected), RoundTripTests.Fields(back));
        }));
}
