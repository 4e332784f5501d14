using SiteGen.Citation;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Parsing;

namespace SiteGen.Tests.Import;

/// <summary>
/// BibTeX's crossref is resolved (an entry in a proceedings keeps the booktitle, year and editors
/// the proceedings entry gives), and an entry with no year is kept undated and reported, unless
/// input/papers/&lt;slug&gt;.md gives the date (issue 14).
/// </summary>
public sealed class BibtexCrossrefTests
{
    private const string Bib = """
        @inproceedings{smith2024sort,
          title = {Sorting in Context},
          author = {Smith, Alice},
          crossref = {neurips2024},
          pages = {10--20},
        }

        @proceedings{neurips2024,
          title = {Advances in Neural Information Processing Systems 37},
          editor = {Chair, Carol and Vice, Victor},
          publisher = {Curran Associates},
          year = {2024},
          month = dec,
          doi = {10.5555/the-whole-volume},
        }

        @misc{lonely,
          title = {A Paper That Names a Missing Volume},
          author = {Roe, Rick},
          crossref = {nowhere},
          year = {2020},
        }
        """;

    [Fact]
    public void An_entry_inherits_its_containers_title_as_booktitle_and_the_fields_that_describe_the_container()
    {
        var (result, diagnostics) = TempInput.IngestOne("papers.bib", Bib);

        var paper = result.Records.Single(r => r.Title == "Sorting in Context");
        Assert.Equal("Advances in Neural Information Processing Systems 37", paper.Venue);
        Assert.Equal(new PartialDate(2024, 12, null), paper.Date);
        Assert.Equal(["Chair", "Vice"], paper.Bibliographic.Editors.Select(e => e.Family));
        Assert.Equal("Curran Associates", paper.Bibliographic.OtherFields["publisher"]);
        Assert.Equal("10–20", paper.Bibliographic.OtherFields["pages"]);
        // Its own title and authors; not the volume's DOI.
        Assert.Equal(["Smith"], paper.Authors.Select(a => a.Family));
        Assert.Null(paper.Bibliographic.Doi);
        Assert.Equal(EntryGaps.None, paper.Gaps);

        var missing = Assert.Single(diagnostics.Items);
        Assert.Equal("papers.bib(20): warning: entry 'lonely': crossref 'nowhere' names no entry in this file; nothing inherited", missing.ToString());
        var cite = BibtexWriter.Entry(Reference.Of(paper), BibtexContent.Reference);
        Assert.Contains("  year = {2024},\n  month = dec,\n  booktitle = {Advances in Neural Information Processing Systems 37},\n", cite, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_with_no_year_is_cited_nd_and_reported_until_an_override_dates_it()
    {
        using var input = new TempInput().With("papers.bib", "@article{roe, title={An Undated Article}, author={Roe, Rick}, journal={J}}\n");
        var diagnostics = new DiagnosticBag();
        var paper = Assert.Single(CatalogPipeline.Run(input.Dir, diagnostics).Catalog.Papers);

        Assert.True(paper.Date.IsUnknown);
        Assert.Equal(
            $"papers.bib(1): warning: 'An Undated Article': no date (cited as n.d.); kept as a paper: set date in input/papers/{paper.Slug}.md",
            Assert.Single(diagnostics.Items).ToString());
        Assert.Equal("Roe, R. (n.d.). An Undated Article. J.", PlainCitationFormatter.Format(Reference.Of(paper)));

        Directory.CreateDirectory(Path.Combine(input.Dir, "papers"));
        File.WriteAllText(Path.Combine(input.Dir, "papers", paper.Slug + ".md"), "---\ndate: 1999-05\n---\n");
        diagnostics = new DiagnosticBag();
        paper = Assert.Single(CatalogPipeline.Run(input.Dir, diagnostics).Catalog.Papers);

        Assert.Empty(diagnostics.Items);
        Assert.Equal(new PartialDate(1999, 5, null), paper.Date);
        Assert.Equal("Roe, R. (1999). An Undated Article. J.", PlainCitationFormatter.Format(Reference.Of(paper)));
    }

    [Fact]
    public void The_plain_citation_names_venue_volume_issue_pages_and_doi()
    {
        using var input = new TempInput().With("papers.bib", """
            @article{doe2021, title={Learning to Cite}, author={Doe, Jane and Roe, Rick}, journal={Journal of Citations},
              volume={12}, number={3}, pages={101--125}, year={2021}, doi={10.1000/cite.12}}
            """);
        var paper = Assert.Single(CatalogPipeline.Run(input.Dir, new DiagnosticBag()).Catalog.Papers);

        Assert.Equal("Doe, J., Roe, R. (2021). Learning to Cite. Journal of Citations, 12(3), 101–125. https://doi.org/10.1000/cite.12",
            PlainCitationFormatter.Format(Reference.Of(paper)));
    }
}
