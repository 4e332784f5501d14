using SiteGen.Citation;
using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Pages;
using SiteGen.Tests.Parsing;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// The cite box of an imported entry uses the entry's real BibTeX: editors stay editors, the
/// standard fields a reader needs to find the work (volume, pages, publisher, ...) are written
/// back in a fixed order with TeX escaping, and a "Jr." stays a suffix.
/// </summary>
public sealed class BibtexCiteBoxTests
{
    private static Catalog Catalog(string bib)
    {
        var (result, diagnostics) = TempInput.IngestOne("papers.bib", bib);
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity >= DiagnosticSeverity.Warning);
        return MergeStage.Run(result.Listings, result.Config, new DiagnosticBag());
    }

    private static Paper One(string bib) => Assert.Single(Catalog(bib).Papers);

    /// <summary>The cite box entry read back as the only record of a .bib file.</summary>
    private static PaperRecord ReadBack(Paper paper)
    {
        var (result, diagnostics) = TempInput.IngestOne("cite.bib", BibtexWriter.Entry(Reference.Of(paper), BibtexContent.Reference));
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity >= DiagnosticSeverity.Warning);
        return Assert.Single(result.Records);
    }

    [Fact]
    public void An_entry_with_editors_only_is_cited_with_editor_and_shows_them_marked_as_editors()
    {
        var paper = One("@book{t02, title={A Book}, editor={Editor, E.}, publisher={Publisher}, year={2002}}");

        var bibtex = BibtexWriter.Entry(Reference.Of(paper), BibtexContent.Reference);
        Assert.Contains("  editor = {Editor, E.},\n", bibtex, StringComparison.Ordinal);
        Assert.DoesNotContain("author", bibtex, StringComparison.Ordinal);
        Assert.Equal("Editor, E.", Assert.Single(paper.Authors).Name.Inverted); // still the people the page shows
        Assert.Equal("(ed.)", ViewFactory.AuthorsNote(paper));
        Assert.Equal("Editor, E. (Ed.). (2002). A Book. Publisher.", PlainCitationFormatter.Format(Reference.Of(paper)));

        var back = ReadBack(paper);
        Assert.True(back.AuthorsAreEditors);
        Assert.Equal("Editor", Assert.Single(back.Authors).Family);
    }

    [Fact]
    public void Several_editors_cut_at_others_are_eds_et_al()
    {
        var paper = One("@proceedings{p, title={Some Proceedings}, editor={Chair, C. and Vice, V. and others}, date={2012}}");

        Assert.Contains("  editor = {Chair, C. and Vice, V. and others},\n", BibtexWriter.Entry(Reference.Of(paper), BibtexContent.Reference), StringComparison.Ordinal);
        Assert.Equal("et al. (eds.)", ViewFactory.AuthorsNote(paper));
        Assert.Equal("Chair, C., Vice, V., et al. (Eds.). (2012). Some Proceedings.", PlainCitationFormatter.Format(Reference.Of(paper)));
    }

    [Fact]
    public void An_entry_with_authors_and_editors_keeps_both()
    {
        var paper = One("""
            @incollection{c, title={A Chapter}, author={Writer, W.}, editor={van der Berg, Anna and Smith, Sam and others},
              booktitle={The Volume}, year={2019}}
            """);

        var bibtex = BibtexWriter.Entry(Reference.Of(paper), BibtexContent.Reference);
        Assert.Contains("  author = {Writer, W.},\n  editor = {van der Berg, Anna and Smith, Sam and others},\n", bibtex, StringComparison.Ordinal);
        Assert.Equal("Writer, W.", Assert.Single(paper.Authors).Name.Inverted);
        Assert.Null(ViewFactory.AuthorsNote(paper));
        Assert.Equal("Writer, W. (2019). A Chapter. The Volume.", PlainCitationFormatter.Format(Reference.Of(paper)));
    }

    [Fact]
    public void Real_authors_from_another_source_beat_an_edited_volumes_editors()
    {
        var bib = Catalog("""
            @book{b, title={Shared Title}, editor={Editor, E.}, year={2020}}
            @article{a, title={shared title}, author={Writer, W. and Second, S.}, journal={J}, year={2020}}
            """);
        var paper = Assert.Single(bib.Papers);
        Assert.False(paper.AuthorsAreEditors);
        Assert.Equal(["Writer", "Second"], paper.Authors.Select(a => a.Name.Family));
    }

    [Fact]
    public void The_other_standard_fields_are_written_back_in_order_and_noise_is_not()
    {
        var paper = One("""
            @incollection{chapter1,
              author    = {Doe, Jane},
              title     = {A Chapter},
              booktitle = {The Collected Volume},
              publisher = {Springer \& Sons},
              pages     = {101--125},
              chapter   = {7},
              address   = {Cham},
              edition   = {2nd},
              series    = {Lecture Notes in 50\% of Things},
              volume    = {12},
              number    = {3},
              note      = {A note with a tilde~space and an {\"u}mlaut},
              isbn      = {978-3-030-12345-6},
              issn      = {1234-5678},
              abstract  = {Not for the cite box.},
              file      = {:home/jane/chapter1.pdf:PDF},
              keywords  = {one, two},
              timestamp = {2024-01-01},
              date      = {2019-03-05},
            }
            """);

        Assert.Equal("""
            @incollection{chapter1,
              title = {{A Chapter}},
              author = {Doe, Jane},
              year = {2019},
              month = mar,
              day = {5},
              booktitle = {The Collected Volume},
              volume = {12},
              number = {3},
              pages = {101--125},
              chapter = {7},
              edition = {2nd},
              series = {Lecture Notes in 50\% of Things},
              publisher = {Springer \& Sons},
              address = {Cham},
              note = {A note with a tilde space and an ümlaut},
              isbn = {978-3-030-12345-6},
              issn = {1234-5678},
            }
            """, BibtexWriter.Entry(Reference.Of(paper), BibtexContent.Reference));

        var back = ReadBack(paper);
        Assert.Equal(paper.Bibliographic.OtherFields.OrderBy(f => f.Key), back.Bibliographic.OtherFields.OrderBy(f => f.Key));
        Assert.Equal(new PartialDate(2019, 3, 5), back.Date);
    }

    [Fact]
    public void A_field_the_venue_came_from_is_not_written_twice()
    {
        var thesis = BibtexWriter.Entry(Reference.Of(One("@phdthesis{t, title={A Thesis}, author={Student, P.}, school={University}, institution={Department}, year={2018}}")), BibtexContent.Reference);
        Assert.Equal(1, Count(thesis, "school = "));
        Assert.Contains("  school = {University},\n  institution = {Department},\n", thesis, StringComparison.Ordinal);

        var misc = BibtexWriter.Entry(Reference.Of(One("@misc{m, title={A Misc}, author={Writer, W.}, howpublished={\\url{https://example.org/m}}, year={2018}}")), BibtexContent.Reference);
        Assert.DoesNotContain("howpublished", misc, StringComparison.Ordinal); // it gave the URL
        Assert.Contains("  url = {https://example.org/m},\n", misc, StringComparison.Ordinal);
    }

    [Fact]
    public void A_family_name_ending_in_jr_is_written_in_the_three_part_form()
    {
        var paper = One("@article{k, title={Letter}, author={King, Jr., Martin Luther and Ford, III, Henry and {King Jr.}}, journal={J}, year={1963}}");

        Assert.Equal("King Jr.", paper.Authors[0].Name.Family);
        Assert.Contains("  author = {King, Jr., Martin Luther and Ford, III, Henry and {King Jr.}},\n", BibtexWriter.Entry(Reference.Of(paper), BibtexContent.Reference), StringComparison.Ordinal);
        Assert.Equal(["King Jr.", "Ford III", "King Jr."], ReadBack(paper).Authors.Select(a => a.Family));
    }

    [Fact]
    public void A_url_that_is_not_http_is_reported_with_file_and_line_like_pdf()
    {
        var (result, diagnostics) = TempInput.IngestOne("papers.bib", """
            @misc{s,
              title = {A Script},
              url   = {javascript:alert(1)},
              pdf   = {javascript:alert(2)},
            }
            """);

        Assert.Null(Assert.Single(result.Records).Bibliographic.Url);
        var infos = diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Info).ToList();
        Assert.Contains(infos, d => d.Location == new SourceLocation("papers.bib", 3) && d.Message.Contains("url 'javascript:alert(1)' is not an http(s) URL", StringComparison.Ordinal));
        Assert.Contains(infos, d => d.Location == new SourceLocation("papers.bib", 4) && d.Message.Contains("pdf 'javascript:alert(2)'", StringComparison.Ordinal));
    }

    [Fact]
    public void On_the_page_the_fields_are_html_escaped_in_the_cite_box_and_editors_are_marked()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("papers.bib", """
            @proceedings{p,
              title     = {Proceedings of Things},
              editor    = {Chair, C. and Vice, V.},
              publisher = {<Tom> \& "Jerry" </pre><script>alert(1)</script>},
              note      = {50\% of \{braces\} and a back\textbackslash{}slash},
              year      = {2012},
            }
            """);
        Assert.True(site.Build().Written);

        var page = site.Pages("papers").Single(p => site.Html(p).QuerySelector("#bibtex") is not null);
        Assert.DoesNotContain("<script>alert", site.Read(page), StringComparison.Ordinal);
        var doc = site.Html(page);
        var bibtex = doc.QuerySelector("#bibtex code")!.TextContent;
        Assert.Contains("  editor = {Chair, C. and Vice, V.},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  publisher = {<Tom> \\& \"Jerry\" </pre><script>alert(1)</script>},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  note = {50\\% of \\{braces\\} and a back\\textbackslash{}slash},\n", bibtex, StringComparison.Ordinal);
        Assert.Equal("(eds.)", doc.QuerySelector(".paper-byline .authors-note, .authors-note")?.TextContent);
        Assert.StartsWith("Chair, C., Vice, V. (Eds.). (2012). Proceedings of Things.", doc.QuerySelector("#plain-citation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_key_alias_page_is_at_the_slugified_key_as_the_readme_says()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("papers.bib", "@misc{Mixed:Case-Key_2020, title={Keyed Paper}, author={Doe, J.}, year={2020}}");
        Assert.True(site.Build().Written);
        Assert.NotNull(site.Html("papers/mixed-case-key-2020.html").QuerySelector("meta[http-equiv='refresh']"));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
