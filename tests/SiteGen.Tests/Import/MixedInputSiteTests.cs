using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// The shipped listings plus a group's .bib that repeats three shipped papers (one with a
/// differently braced title) and adds one: one page per paper, the bibliography's fields
/// merged into the shipped papers, every source kept.
/// </summary>
public sealed class MixedInputSiteTests : IDisposable
{
    private const int ShippedPapers = 208;

    private const string GroupBib = """
        % The group's publication list, as al-folio keeps it.
        @string{neurips = {Advances in Neural Information Processing Systems}}

        @inproceedings{falck2023unet,
          title     = {A Unified Framework for {U-Net} Design and Analysis},
          author    = {Williams, Christopher and Falck, Fabian and Deligiannidis, George and Holmes, Chris C and Doucet, Arnaud and Syed, Saifuddin},
          booktitle = neurips # " 36",
          year      = {2023},
          month     = dec,
          doi       = {10.48550/arXiv.2305.19638},
          eprint    = {2305.19638},
          archivePrefix = {arXiv},
          pdf       = {https://arxiv.org/pdf/2305.19638},
          code      = {https://github.com/FabianFalck/unet-design},
          selected  = {true},
          keywords  = {U-Net, diffusion models},
        }

        @inproceedings{he2024simplifying,
          title     = {Simplifying Transformer Blocks},
          author    = {He, Bobby and Hofmann, Thomas},
          booktitle = {International Conference on Learning Representations},
          year      = {2024},
        }

        @article{bannur2024maira2,
          title   = {{MAIRA-2}: {G}rounded {R}adiology {R}eport {G}eneration},
          author  = {Bannur, Shruthi and others},
          journal = {arXiv preprint arXiv:2406.04449},
          year    = {2024},
        }

        @phdthesis{ritter2019sphere,
          title  = {Neural Networks on the Sphere},
          author = {Ritter, Hippolyt},
          school = {University College London},
          year   = {2019},
        }
        """;

    private readonly TestSite _site = new();

    public MixedInputSiteTests() => _site.Write("group.bib", GroupBib);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Overlapping_papers_get_one_page_each_with_the_bibliography_fields_merged()
    {
        var result = _site.Build(baseUrl: "https://example.org/pubs");

        Assert.True(result.Written);
        Assert.Equal(0, result.BrokenLinks);
        Assert.DoesNotContain(_site.Diagnostics.Items, d => d.Severity >= DiagnosticSeverity.Warning && d.Location.File == "group.bib");
        Assert.Equal(ShippedPapers + 1, result.Papers);
        var paperPages = PaperPages()
            .Where(p => _site.Html(p).QuerySelector("meta[http-equiv='refresh']") is null) // citation-key aliases redirect
            .ToList();
        Assert.Equal(result.Papers, paperPages.Count);

        var unet = PageWithTitle(paperPages, "A Unified Framework for U-Net Design and Analysis");
        Assert.Equal("Advances in Neural Information Processing Systems 36", unet.QuerySelector(".paper-publication .venue")?.TextContent);
        Assert.Equal("https://doi.org/10.48550/arXiv.2305.19638", unet.QuerySelector(".paper-publication a.doi")?.GetAttribute("href"));
        Assert.Equal("https://arxiv.org/abs/2305.19638", unet.QuerySelector(".paper-publication a.arxiv")?.GetAttribute("href"));
        Assert.Contains(unet.QuerySelectorAll(".paper-links a"), a => a.GetAttribute("href") == "https://arxiv.org/pdf/2305.19638");
        Assert.NotNull(unet.QuerySelector(".paper-meta .badge"));
        string? Meta(string name) => unet.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");
        Assert.Equal("10.48550/arXiv.2305.19638", Meta("citation_doi"));
        Assert.Equal("Advances in Neural Information Processing Systems 36", Meta("citation_conference_title"));
        Assert.Equal("2305.19638", Meta("citation_arxiv_id"));
        Assert.Equal("https://arxiv.org/pdf/2305.19638", Meta("citation_pdf_url"));
        var bibtex = unet.QuerySelector("#bibtex")!.TextContent;
        Assert.StartsWith("@inproceedings{falck2023unet,", bibtex, StringComparison.Ordinal);
        Assert.Contains("booktitle = {Advances in Neural Information Processing Systems 36}", bibtex, StringComparison.Ordinal);
        Assert.Contains("doi = {10.48550/arXiv.2305.19638}", bibtex, StringComparison.Ordinal);
        // Both sources are kept: the shipped publication list and the .bib.
        var sources = unet.QuerySelectorAll(".sources code").Select(c => c.TextContent).ToList();
        Assert.Contains(sources, s => s.StartsWith("000_", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.StartsWith("group.bib(", StringComparison.Ordinal));

        var simplifying = PageWithTitle(paperPages, "Simplifying Transformer Blocks");
        Assert.Equal("International Conference on Learning Representations", simplifying.QuerySelector(".paper-publication .venue")?.TextContent);
        Assert.Equal(2, simplifying.QuerySelectorAll(".sources code").Length);

        // Braces only protect case in BibTeX: the title folds onto the shipped paper.
        var maira = PageWithTitle(paperPages, "MAIRA-2: Grounded Radiology Report Generation");
        Assert.Equal("arXiv preprint arXiv:2406.04449", maira.QuerySelector("meta[name='citation_journal_title']")?.GetAttribute("content"));
        Assert.True(maira.QuerySelectorAll(".paper-authors a").Length > 10, "the full shipped author list beats the bib's 'and others'");

        var thesis = PageWithTitle(paperPages, "Neural Networks on the Sphere");
        Assert.StartsWith("@phdthesis{ritter2019sphere,", thesis.QuerySelector("#bibtex")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("school = {University College London}", thesis.QuerySelector("#bibtex")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_key_is_a_permalink_alias_that_redirects_to_the_paper()
    {
        _site.Build(baseUrl: "https://example.org/pubs");
        var paperPages = PaperPages().ToList();
        Assert.Equal(4, paperPages.Count(p => _site.Html(p).QuerySelector("meta[http-equiv='refresh']") is not null));
        var unet = paperPages.Single(p => _site.Html(p).QuerySelector("h1")?.TextContent == "A Unified Framework for U-Net Design and Analysis");
        var slug = Path.GetFileNameWithoutExtension(unet);

        var alias = _site.Html("papers/falck2023unet.html");
        Assert.Equal($"../papers/{slug}.html", alias.QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content")?.Split("url=")[1]);
        Assert.Contains($"/papers/falck2023unet.html /papers/{slug}.html 301", _site.Read("_redirects"), StringComparison.Ordinal);
    }

    /// <summary>papers/*.html but the list of all papers (papers/index.html, index.page2.html, ...).</summary>
    private IEnumerable<string> PaperPages() => _site.Pages("papers").Where(p => !p.StartsWith("papers/index.", StringComparison.Ordinal));

    private AngleSharp.Dom.IDocument PageWithTitle(IEnumerable<string> pages, string title)
    {
        var matches = pages.Select(_site.Html).Where(d => d.QuerySelector("h1")?.TextContent == title).ToList();
        return Assert.Single(matches);
    }
}
