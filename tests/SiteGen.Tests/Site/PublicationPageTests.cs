using System.Text.Json;
using AngleSharp.Dom;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Reading;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// A group's publication page, as al-folio and Hugo Blox users know it (issue 16): list items with
/// venue, kind, link buttons and Abstract/BibTeX toggles, lists of each kind of work, downloads
/// that parse back, a people page; built from a lab's .bib with members in site.yml.
/// </summary>
public sealed class PublicationPageTests : IClassFixture<PublicationPageTests.LabSite>
{
    public sealed class LabSite : IDisposable
    {
        public const string Bib = """
            @inproceedings{smith2025sparse,
              title = {Sparse Attention for Long Documents},
              author = {Smith, Jane and Okafor, Chidi},
              booktitle = {Proceedings of the Example Conference},
              abbr = {ECML},
              year = {2025}, month = jul, pages = {10--20},
              doi = {10.5555/ex.2025.10},
              eprint = {2501.01234}, archiveprefix = {arXiv},
              pdf = {https://example.org/sparse.pdf},
              code = {https://example.org/code/sparse},
              slides = {https://example.org/sparse-slides.pdf},
              html = {https://example.org/sparse/},
              url = {https://example.org/proceedings/10},
              abstract = {We restrict attention to a few <b>learned</b> patterns.},
            }
            @phdthesis{okafor2024thesis,
              title = {Summaries with Little Supervision},
              author = {Okafor, Chidi},
              school = {Example University},
              year = {2024},
            }
            @article{smith2024survey,
              title = {A Survey of Summary Metrics},
              author = {Smith, Jane},
              journal = {Journal of Examples},
              year = {2024}, volume = {12}, number = {3},
            }
            @article{smith2024other,
              title = {Another Survey of Summary Metrics, Shorter},
              author = {Smith, Jane},
              journal = {Journal of Examples},
              year = {2024},
            }
            @misc{smith2023talk,
              title = {What Makes a Good Summary?},
              author = {Smith, Jane},
              howpublished = {Invited talk, Example Workshop},
              year = {2023},
            }
            """;

        public LabSite()
        {
            Site.Write("lab.bib", Bib);
            Site.Write("people/jane.png", "\x89PNG not really, but bytes are bytes");
            Site.Write("people/evil.svg", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>");
            Site.Write("site.yml", """
                title: Example Lab
                authors:
                  members:
                    - name: Jane Smith
                      role: Principal investigator
                      photo: jane.png
                      homepage: https://example.org/~jane
                    - name: Chidi Okafor
                      role: PhD student
                      photo: people/evil.svg
                    - name: Ada Newcomer
                      role: Master's student
                    - name: John Former
                      role: Postdoc
                      status: alumni
                      photo: missing.jpg
                """);
            Result = Site.Build();
        }

        internal TestSite Site { get; } = new(copyShippedInput: false);

        public SiteGen.Pipeline.BuildResult Result { get; }

        public void Dispose() => Site.Dispose();
    }

    private readonly LabSite _lab;

    public PublicationPageTests(LabSite lab) => _lab = lab;

    private TestSite Site => _lab.Site;

    private IElement Item(string page, string title) =>
        Site.Html(page).QuerySelectorAll(".paper-item").Single(li => li.QuerySelector(".paper-title")!.TextContent == title);

    [Fact]
    public void The_site_builds_with_the_settings_problems_reported_at_their_lines()
    {
        Assert.True(_lab.Result.Written);
        Assert.Equal(0, _lab.Result.BrokenLinks);
        var messages = Site.Diagnostics.Items.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith("site.yml(10): warning: setting 'authors.members.photo': 'people/evil.svg' must be a JPEG, PNG", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("site.yml(13): warning: authors.members: photo 'missing.jpg' of 'John Former' is not in input/people/", StringComparison.Ordinal));
        // A member set up for the people page who has no papers yet is expected, not a typo.
        Assert.Contains(Site.Diagnostics.Items, d => d.Severity == DiagnosticSeverity.Info && d.Message.Contains("'Ada Newcomer' has no papers", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_item_shows_venue_badge_kind_and_every_link_as_a_button_in_reading_order()
    {
        var item = Item("papers/index.html", "Sparse Attention for Long Documents");

        var badge = item.QuerySelector(".venue-badge")!;
        Assert.Equal("ECML", badge.TextContent);
        Assert.Equal("Proceedings of the Example Conference", badge.GetAttribute("title"));
        Assert.Equal("Proceedings of the Example Conference", item.QuerySelector(".paper-meta .venue")!.TextContent);
        Assert.Null(item.QuerySelector(".type-label")); // a conference paper is the ordinary case
        Assert.Equal(
            [("PDF", "https://example.org/sparse.pdf"), ("arXiv", "https://arxiv.org/abs/2501.01234"), ("DOI", "https://doi.org/10.5555/ex.2025.10"),
             ("Code", "https://example.org/code/sparse"), ("Slides", "https://example.org/sparse-slides.pdf"), ("Project", "https://example.org/sparse/"),
             ("URL", "https://example.org/proceedings/10")],
            item.QuerySelectorAll(".paper-actions a.button").Select(a => (a.TextContent, a.GetAttribute("href")!)));
        // Code with an address is a button, not the listing's "Code" badge.
        Assert.DoesNotContain(item.QuerySelectorAll(".badge"), b => b.TextContent == "Code");
    }

    [Theory]
    [InlineData("Summaries with Little Supervision", "PhD thesis")]
    [InlineData("What Makes a Good Summary?", "Talk")]
    public void Works_that_are_not_ordinary_papers_are_labelled(string title, string label) =>
        Assert.Equal(label, Item("papers/index.html", title).QuerySelector(".type-label")!.TextContent);

    [Fact]
    public void Abstract_and_bibtex_open_in_place_without_script_and_the_abstract_stays_text()
    {
        var item = Item("papers/index.html", "Sparse Attention for Long Documents");
        var toggles = item.QuerySelectorAll("details.toggle").ToList();

        Assert.Equal(["Abstract", "BibTeX"], toggles.Select(t => t.QuerySelector("summary")!.TextContent));
        Assert.All(toggles, t => Assert.False(t.HasAttribute("open")));
        Assert.Contains("We restrict attention to a few <b>learned</b> patterns.", toggles[0].TextContent, StringComparison.Ordinal);
        Assert.Null(toggles[0].QuerySelector("b")); // untrusted text, escaped
        Assert.StartsWith("@inproceedings{smith2025sparse,", toggles[1].QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
        // A paper without an abstract has no empty Abstract toggle.
        Assert.Equal(["BibTeX"], Item("papers/index.html", "Summaries with Little Supervision").QuerySelectorAll("details summary").Select(s => s.TextContent));
    }

    [Fact]
    public void The_papers_page_is_grouped_by_year_newest_first_and_links_each_kind_of_work()
    {
        var page = Site.Html("papers/index.html");

        Assert.Equal(["2025", "2024", "2023"], page.QuerySelectorAll(".paper-group h2").Select(h => h.TextContent));
        var kinds = page.QuerySelectorAll(".type-links li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Journal articles 2", "Conference papers 1", "PhD theses 1", "Talks 1"], kinds);
        var theses = Site.Html("types/phd-thesis.html");
        Assert.Equal("PhD theses", theses.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Summaries with Little Supervision"], theses.QuerySelectorAll(".paper-title").Select(a => a.TextContent));
        Assert.Equal("PhD theses", theses.QuerySelector(".type-links [aria-current=page]")!.TextContent);
    }

    [Fact]
    public void One_kind_of_work_only_makes_no_lists_of_kinds()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("a.bib", "@article{a,\n title = {One},\n author = {Doe, Jane},\n journal = {J},\n year = {2020},\n}\n@article{b,\n title = {Two},\n author = {Doe, Jane},\n journal = {J},\n year = {2021},\n}\n");

        Assert.True(site.Build().Written);

        Assert.Empty(site.Html("papers/index.html").QuerySelectorAll(".type-links"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "types")));
    }

    [Fact]
    public void Every_download_is_linked_and_parses_back_with_the_papers_fields()
    {
        var home = Site.Html("index.html");
        Assert.Equal(["papers.bib", "papers.json"], home.QuerySelectorAll(".downloads a[download]").Select(a => a.GetAttribute("href")));
        Assert.Equal(["../papers.bib", "../papers.json"], Site.Html("papers/index.html").QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")));
        Assert.Equal("../authors/jane-smith.bib", Site.Html("authors/jane-smith.html").QuerySelector(".downloads a")!.GetAttribute("href"));
        Assert.Equal("../years/2024.bib", Site.Html("years/2024.html").QuerySelector(".downloads a")!.GetAttribute("href"));
        var paper = Site.Html("papers/sparse-attention-for-long-documents.html");
        Assert.Equal("../papers/sparse-attention-for-long-documents.bib", paper.QuerySelector("a[download]")!.GetAttribute("href"));

        var all = Parse("papers.bib");
        Assert.Equal(5, all.Count);
        var sparse = all.Single(r => r.Title == "Sparse Attention for Long Documents");
        Assert.Equal(["Smith", "Okafor"], sparse.Authors.Select(a => a.Family));
        Assert.Equal("Proceedings of the Example Conference", sparse.Venue);
        Assert.Equal("ECML", sparse.Bibliographic.VenueAbbreviation);
        Assert.Equal("10.5555/ex.2025.10", sparse.Bibliographic.Doi);
        Assert.Equal("2501.01234", sparse.Bibliographic.ArxivId);
        Assert.Equal(new PartialDate(2025, 7, null), sparse.Date with { YearInferred = false });
        Assert.Equal("10--20", sparse.Bibliographic.OtherFields["pages"].Replace("–", "--", StringComparison.Ordinal));
        Assert.Equal(["code", "html", "pdf", "slides"], sparse.Bibliographic.Links.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("We restrict attention to a few <b>learned</b> patterns.", sparse.Abstract);

        Assert.Equal(["A Survey of Summary Metrics", "Another Survey of Summary Metrics, Shorter", "Summaries with Little Supervision"], Parse("years/2024.bib").Select(r => r.Title).Order(StringComparer.Ordinal));
        Assert.Equal(4, Parse("authors/jane-smith.bib").Count);
        Assert.Equal(["Sparse Attention for Long Documents"], Parse("papers/sparse-attention-for-long-documents.bib").Select(r => r.Title));
        Assert.Equal(["Summaries with Little Supervision"], Parse("types/phd-thesis.bib").Select(r => r.Title));

        using var csl = JsonDocument.Parse(Site.Read("papers.json"));
        var items = csl.RootElement.EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        var item = items.Single(i => i.GetProperty("title").GetString() == "Sparse Attention for Long Documents");
        Assert.Equal("paper-conference", item.GetProperty("type").GetString());
        Assert.Equal("ECML", item.GetProperty("container-title-short").GetString());
        Assert.Equal("smith2025sparse", item.GetProperty("id").GetString());
    }

    [Fact]
    public void Papers_whose_citation_keys_collide_get_distinct_keys_in_every_file_and_cite_box()
    {
        using var site = new TestSite(copyShippedInput: false);
        // Two files, one key: BibTeX tools refuse a file that repeats a key.
        site.Write("a.bib", "@article{doe2020,\n title = {First Paper},\n author = {Doe, Jane},\n journal = {J},\n year = {2020},\n}\n");
        site.Write("b.bib", "@article{doe2020,\n title = {Second Paper},\n author = {Doe, Jane},\n journal = {J},\n year = {2020},\n month = {feb},\n}\n");

        Assert.True(site.Build().Written);

        var keys = System.Text.RegularExpressions.Regex.Matches(site.Read("papers.bib"), @"^@\w+\{([^,]+),", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Equal(2, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var slug in new[] { "first-paper", "second-paper" })
        {
            var cited = site.Html($"papers/{slug}.html").QuerySelector("#bibtex")!.TextContent;
            var file = site.Read($"papers/{slug}.bib");
            Assert.Contains(keys, k => cited.StartsWith($"@article{{{k},", StringComparison.Ordinal) && file.StartsWith($"@article{{{k},", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_people_page_lists_members_and_alumni_with_role_photo_homepage_and_author_page()
    {
        var people = Site.Html("people.html");
        var current = people.QuerySelectorAll("section[aria-labelledby=members] .person").ToList();
        var alumni = people.QuerySelectorAll("section[aria-labelledby=alumni] .person").ToList();

        Assert.Equal(["Jane Smith", "Chidi Okafor", "Ada Newcomer"], current.Select(p => p.QuerySelector(".person-name")!.TextContent));
        Assert.Equal(["John Former"], alumni.Select(p => p.QuerySelector(".person-name")!.TextContent));
        var jane = current[0];
        Assert.Equal("Principal investigator", jane.QuerySelector(".person-role")!.TextContent);
        Assert.Equal("authors/jane-smith.html", jane.QuerySelector(".person-name a")!.GetAttribute("href"));
        Assert.Equal("https://example.org/~jane", jane.QuerySelector("a[rel=noopener]")!.GetAttribute("href"));
        var photo = jane.QuerySelector("img")!;
        Assert.Equal("people/jane-smith.png", photo.GetAttribute("src"));
        Assert.Equal("Jane Smith", photo.GetAttribute("alt"));
        Assert.Equal("\x89PNG not really, but bytes are bytes", Site.Read("people/jane-smith.png"));
        // The SVG (script) was refused, so Chidi has initials; a member with no papers has no author page.
        Assert.Null(current[1].QuerySelector("img"));
        Assert.Null(current[2].QuerySelector(".person-name a"));
        Assert.DoesNotContain(Directory.EnumerateFiles(Site.Output, "*.svg", SearchOption.AllDirectories), f => f.Contains("people", StringComparison.Ordinal));
        // Every page's navigation leads here.
        Assert.Equal("../people.html", Site.Html("papers/index.html").QuerySelectorAll(".site-nav a").Single(a => a.TextContent == "People").GetAttribute("href"));
    }

    [Fact]
    public void Every_page_has_a_meta_description()
    {
        foreach (var page in Site.Pages())
        {
            var description = Site.Html(page).QuerySelector("meta[name=description]")?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{page} has no meta description");
            Assert.True(description!.Length <= 200, $"{page}: {description.Length} characters");
        }
        Assert.Equal("4 papers by Jane Smith, 2023–2025: Sparse Attention for Long Documents; A Survey of Summary Metrics; Another Survey of Summary Metrics, Shorter.",
            Site.Html("authors/jane-smith.html").QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("Summaries with Little Supervision by Chidi Okafor (2024), Example University.",
            Site.Html("papers/summaries-with-little-supervision.html").QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    private List<PaperRecord> Parse(string sitePath)
    {
        var diagnostics = new DiagnosticBag();
        var listings = ParseStage.Run([SourceText.FromString(Path.GetFileName(sitePath), Site.Read(sitePath))], SiteConfig.Default, diagnostics);
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity >= DiagnosticSeverity.Warning);
        return [.. listings.SelectMany(l => l.Records)];
    }
}
