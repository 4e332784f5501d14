using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Author keywords of a .bib become topic pages through a whole build (issue 9: "keywords (as
/// topics)"): spellings fold into one page, and a keyword the taxonomy already has joins its topic.
/// </summary>
public sealed class KeywordTopicSiteTests : IDisposable
{
    private const string Bib = """
        @article{doe2024sinkhorn,
          title    = {Sinkhorn Sorting Networks},
          author   = {Doe, Jane},
          journal  = {Journal of Sorting},
          year     = {2024},
          keywords = {optimal transport, Diffusion Models, <script>alert(1)</script>},
        }

        @article{roe2023plans,
          title    = {Transport Plans for Ranking},
          author   = {Roe, Rick},
          journal  = {Journal of Sorting},
          year     = {2023},
          keywords = {Optimal Transport; diffusion models},
        }

        @inproceedings{poe2022less,
          title     = {Remembering More with Less},
          author    = {Poe, Ann},
          booktitle = {Workshop on Memory},
          year      = {2022},
          keywords  = {catastrophic forgetting},
        }
        """;

    private readonly TestSite _site = new(copyShippedInput: false);

    public KeywordTopicSiteTests() => _site.Write("group.bib", Bib);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Keywords_become_topic_pages_one_per_folded_keyword_sharing_the_taxonomy_topics()
    {
        var result = _site.Build();

        Assert.True(result.Written);
        Assert.Equal(0, result.BrokenLinks);
        Assert.DoesNotContain(_site.Diagnostics.Items, d => d.Severity >= DiagnosticSeverity.Warning);
        var topicPages = _site.Pages("topics").Where(p => p != "topics/index.html").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["topics/continual-learning.html", "topics/diffusion-models.html", "topics/optimal-transport.html", "topics/script-alert-1-script.html"], topicPages);

        var transport = _site.Html("topics/optimal-transport.html");
        Assert.Equal("Optimal Transport", transport.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Sinkhorn Sorting Networks", "Transport Plans for Ranking"], transport.QuerySelectorAll(".paper-item .paper-title").Select(a => a.TextContent));

        // "Diffusion Models" and "diffusion models" join the taxonomy's topic, shown by its name.
        var diffusion = _site.Html("topics/diffusion-models.html");
        Assert.Equal("Diffusion models", diffusion.QuerySelector("h1")?.TextContent);
        Assert.Equal(2, diffusion.QuerySelectorAll(".paper-item").Length);
        // A taxonomy phrase as keyword files the paper under its topic, not under a page of its own.
        Assert.Equal(["Remembering More with Less"], _site.Html("topics/continual-learning.html").QuerySelectorAll(".paper-item .paper-title").Select(a => a.TextContent));

        var paper = _site.Html(_site.Pages("papers").Single(p => _site.Html(p).QuerySelector("h1")?.TextContent == "Sinkhorn Sorting Networks"));
        Assert.Equal(
            ["../topics/optimal-transport.html", "../topics/diffusion-models.html", "../topics/script-alert-1-script.html"],
            paper.QuerySelectorAll(".paper-meta a.topic").Select(a => a.GetAttribute("href")));

        // A keyword is shown as text, never as markup.
        var hostile = _site.Html("topics/script-alert-1-script.html");
        Assert.Equal("<script>alert(1)</script>", hostile.QuerySelector("h1")?.TextContent);
        Assert.All(hostile.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src")));
    }
}
