using System.Text.Json;
using SiteGen.Diagnostics;
using SiteGen.Pages;

namespace SiteGen.Tests.Site;

/// <summary>The site built from the shipped input, read back with AngleSharp (issue 3).</summary>
public sealed class ShippedSiteTests(ShippedSiteFixture fixture) : IClassFixture<ShippedSiteFixture>
{
    private const string ReversalSlug = "the-reversal-curse-llms-trained-on-a-is-b-fail-to";

    [Fact]
    public void The_build_writes_every_page_and_finds_no_broken_link()
    {
        Assert.True(fixture.Result.Written);
        Assert.Equal(0, fixture.Result.BrokenLinks);
        Assert.DoesNotContain(fixture.Site.Diagnostics.Items, d => d.Message.Contains("broken link", StringComparison.Ordinal));
        Assert.Equal(fixture.Result.Papers, fixture.Site.Pages("papers").Count(p => !p.StartsWith("papers/index", StringComparison.Ordinal)));
        foreach (var page in new[] { SitePaths.Home, SitePaths.AllPapers, SitePaths.AuthorIndex, SitePaths.TopicIndex, SitePaths.YearIndex, SitePaths.Search, SitePaths.NotFound, "feed.xml", "sitemap.xml", "robots.txt" })
            Assert.True(fixture.Site.Exists(page), page);
    }

    [Fact]
    public void Every_author_topic_and_year_linked_from_a_paper_has_its_page()
    {
        var paper = fixture.Site.Html($"papers/{ReversalSlug}.html");
        Assert.NotNull(paper.QuerySelector("h1"));
        var authorPages = fixture.Site.Pages("authors").Count(p => !p.EndsWith("index.html", StringComparison.Ordinal) && !p.Contains(".page", StringComparison.Ordinal));
        Assert.Equal(fixture.Result.Authors, authorPages);
        var topicPages = fixture.Site.Pages("topics").Count(p => !p.EndsWith("index.html", StringComparison.Ordinal) && !p.Contains(".page", StringComparison.Ordinal));
        Assert.Equal(fixture.Result.Topics, topicPages);
        Assert.True(fixture.Site.Exists("years/2023.html"));
        Assert.True(fixture.Site.Exists("years/undated.html")); // the publication list has no dates
    }

    [Fact]
    public void A_paper_page_carries_highwire_open_graph_json_ld_and_canonical()
    {
        var doc = fixture.Site.Html("papers/maira-2-grounded-radiology-report-generation.html");
        string? Meta(string name) => doc.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

        Assert.Equal("MAIRA-2: Grounded Radiology Report Generation", Meta("citation_title"));
        var authors = doc.QuerySelectorAll("meta[name='citation_author']").Select(m => m.GetAttribute("content")).ToList();
        Assert.Equal(20, authors.Count);
        Assert.Equal("Bannur, Shruthi", authors[0]);
        Assert.Contains("Castro, Daniel C.", authors);
        Assert.Equal("MAIRA-2: Grounded Radiology Report Generation", doc.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal($"{ShippedSiteFixture.BaseUrl}/papers/maira-2-grounded-radiology-report-generation.html", doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));

        var jsonLd = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("ScholarlyArticle", jsonLd.GetProperty("@type").GetString());
        Assert.Equal(20, jsonLd.GetProperty("author").GetArrayLength());
    }

    [Fact]
    public void A_dated_paper_has_a_scholar_publication_date()
    {
        var doc = fixture.Site.Html($"papers/{ReversalSlug}.html");
        Assert.Equal("2023/09/21", doc.QuerySelector("meta[name='citation_publication_date']")?.GetAttribute("content"));
        Assert.Equal("7 authors", doc.QuerySelector(".paper-authors .authors-note")?.TextContent.Trim());
        Assert.Equal("2023-09-21", doc.QuerySelector(".paper-meta time")?.GetAttribute("datetime"));
    }

    [Fact]
    public void Every_internal_link_is_relative_and_points_at_a_file()
    {
        foreach (var page in fixture.Site.Pages().Where(p => p != SitePaths.NotFound))
        {
            var doc = fixture.Site.Html(page);
            foreach (var a in doc.QuerySelectorAll("a[href], link[href], script[src]"))
            {
                var url = a.GetAttribute("href") ?? a.GetAttribute("src")!;
                if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith('#')) continue;
                Assert.False(url.StartsWith('/'), $"{page}: root-relative link {url} breaks file:// and sub-paths");
                var path = url.Split('#', '?')[0];
                Assert.False(path.EndsWith('/') || path.Length == 0 && !url.StartsWith('#'), $"{page}: link {url} points at a folder, which file:// does not resolve");
            }
        }
    }

    [Fact]
    public void Every_link_of_the_404_page_is_root_relative_as_it_is_served_at_any_depth_and_origin()
    {
        var doc = fixture.Site.Html(SitePaths.NotFound);
        var urls = doc.QuerySelectorAll("a[href], link[href], script[src], form[action]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action")!).ToList();
        // Root-relative under the base URL's path: the same page works on a deploy preview's origin, where
        // absolute URLs of the production origin are refused by the Content-Security-Policy.
        var path = new Uri(ShippedSiteFixture.BaseUrl + "/").AbsolutePath;
        Assert.Contains(path + "feed.xml", urls); // the feed link too (was "feed.xml": /papers/feed.xml from /papers/x.html)
        Assert.All(urls.Where(u => !u.StartsWith('#')), u => Assert.StartsWith(path, u, StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.StartsWith("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cite_box_has_bibtex_and_a_plain_citation_with_copy_buttons()
    {
        var doc = fixture.Site.Html("papers/maira-2-grounded-radiology-report-generation.html");
        var bibtex = doc.QuerySelector("#bibtex")!.TextContent;
        Assert.StartsWith("@misc{bannurmaira", bibtex, StringComparison.Ordinal);
        Assert.Contains("author = {Bannur, Shruthi and Bouzid, Kenza and", bibtex, StringComparison.Ordinal);
        Assert.Contains("Bannur, S.", doc.QuerySelector("#plain-citation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, doc.QuerySelectorAll("button[data-copy-target]").Length);
    }

    [Fact]
    public void An_author_page_lists_papers_by_year_and_co_authors_with_counts()
    {
        var falck = fixture.Site.Html("authors/fabian-falck.html");
        Assert.Equal("Fabian Falck", falck.QuerySelector("h1")!.TextContent);
        Assert.Equal("10 papers", falck.QuerySelector(".count")!.TextContent);
        var coAuthors = falck.QuerySelectorAll(".co-authors li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(coAuthors, c => c.StartsWith("Christopher Williams", StringComparison.Ordinal) && c.EndsWith('3'));
    }

    [Fact]
    public void Sitemap_and_feed_use_absolute_urls_from_the_base_url()
    {
        var sitemap = fixture.Site.Read("sitemap.xml");
        Assert.Contains($"<loc>{ShippedSiteFixture.BaseUrl}/papers/{ReversalSlug}.html</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("404.html", sitemap, StringComparison.Ordinal);
        var feed = fixture.Site.Read("feed.xml");
        Assert.Contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">", feed, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://example.org/pubs/sitemap.xml", fixture.Site.Read("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Assets_are_fingerprinted_and_linked_by_their_fingerprinted_names()
    {
        var home = fixture.Site.Html(SitePaths.Home);
        var css = home.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;
        Assert.Matches(@"^assets/style\.[0-9a-f]{8}\.css$", css);
        Assert.True(fixture.Site.Exists(css));
    }

    [Fact]
    public void Pages_contain_no_inline_scripts_handlers_or_styles_so_the_csp_holds()
    {
        foreach (var page in fixture.Site.Pages())
        {
            var doc = fixture.Site.Html(page);
            Assert.All(doc.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json", $"{page}: inline script"));
            Assert.Empty(doc.QuerySelectorAll("[style]"));
            Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Diagnostics_are_only_the_three_cut_entries()
    {
        Assert.Equal(3, fixture.Site.Diagnostics.Items.Count(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    private IReadOnlyList<string> PaperPages() =>
        fixture.Site.Pages("papers").Where(p => p != "papers/index.html" && !p.StartsWith("papers/index.page", StringComparison.Ordinal)).ToList();

    /// <summary>A paper page's link to another paper page ("../papers/x.html") as a site path.</summary>
    private static string? PaperLink(AngleSharp.Dom.IDocument page, string selector) =>
        page.QuerySelector(selector)?.GetAttribute("href") is { } href ? href[3..] : null;

    [Fact]
    public void Previous_and_next_links_chain_every_paper_page_both_ways()
    {
        var pages = PaperPages();
        var next = new Dictionary<string, string?>(StringComparer.Ordinal);
        var prev = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var path in pages)
        {
            var page = fixture.Site.Html(path);
            next[path] = PaperLink(page, "nav.prev-next a[rel=next]");
            prev[path] = PaperLink(page, "nav.prev-next a[rel=prev]");
        }

        var newest = Assert.Single(pages, p => prev[p] is null);
        Assert.Single(pages, p => next[p] is null);
        var visited = new List<string>();
        for (var at = newest; at is not null; at = next[at])
        {
            visited.Add(at);
            if (next[at] is { } following) Assert.Equal(at, prev[following]);
        }
        Assert.Equal(pages.Order(StringComparer.Ordinal), visited.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Related_papers_share_an_author_or_a_topic_with_the_paper()
    {
        static HashSet<string> AuthorsAndTopics(AngleSharp.Dom.IDocument page) =>
            page.QuerySelectorAll(".paper-header .paper-authors a, .paper-header a.topic").Select(a => a.GetAttribute("href")!).ToHashSet(StringComparer.Ordinal);

        var pages = PaperPages().Take(40).ToList();
        Assert.Equal(40, pages.Count);
        foreach (var path in pages)
        {
            var page = fixture.Site.Html(path);
            var mine = AuthorsAndTopics(page);
            foreach (var related in page.QuerySelectorAll("ul.related-list a").Select(a => a.GetAttribute("href")![3..]))
            {
                Assert.NotEqual(path, related);
                Assert.True(AuthorsAndTopics(fixture.Site.Html(related)).Overlaps(mine), $"{path}: related {related} shares no author or topic");
            }
        }
        Assert.NotEmpty(fixture.Site.Html($"papers/{ReversalSlug}.html").QuerySelectorAll("ul.related-list a"));
    }

    [Fact]
    public void Unnamed_authors_show_their_organisation_truncated_lists_say_et_al_and_upvotes_are_a_badge()
    {
        var organisation = fixture.Site.Html("papers/discrete-diffusion-models-with-mllms-for-unified.html");
        Assert.Equal("UCSC-VLAA", organisation.QuerySelector(".paper-authors .authors-note")?.TextContent);
        Assert.Empty(organisation.QuerySelectorAll(".paper-authors a"));
        Assert.Equal("▲ 2", organisation.QuerySelector(".paper-meta .badge[title=Upvotes]")?.TextContent);

        var truncated = fixture.Site.Html("papers/a-language-models-guide-through-latent-space.html");
        Assert.Equal(["Dimitri von Rütte", "Sotiris Anagnostidis", "Gregor Bachmann"],
            truncated.QuerySelectorAll(".paper-authors a").Select(a => a.TextContent));
        Assert.Equal("et al.", truncated.QuerySelector(".paper-authors .authors-note")?.TextContent);
    }

    [Fact]
    public void Group_members_are_highlighted_on_papers_and_lead_the_author_index()
    {
        var paper = fixture.Site.Html("papers/a-critical-review-of-causal-reasoning-benchmarks.html");
        var member = Assert.Single(paper.QuerySelectorAll(".paper-authors a.member"));
        Assert.Equal("Fabian Falck", member.TextContent);

        var index = fixture.Site.Html(SitePaths.AuthorIndex);
        var members = index.QuerySelector("section.members");
        Assert.NotNull(members);
        Assert.Contains("Fabian Falck", members.QuerySelectorAll("a.member").Select(a => a.TextContent));
        // The members' section comes before the A-Z sections, and members keep the highlight there too.
        var sections = index.QuerySelectorAll("section").ToList();
        Assert.Equal(0, sections.IndexOf(members));
        Assert.Contains(index.QuerySelectorAll("section:not(.members) a.member"), a => a.TextContent == "Falck, Fabian");
    }

    [Fact]
    public void A_category_topic_is_named_as_arxiv_names_it_and_a_taxonomy_topic_holding_one_says_so()
    {
        Assert.Equal("arXiv category LG", fixture.Site.Html("topics/machine-learning.html").QuerySelector(".eyebrow")?.TextContent);
        Assert.Equal("Topic, with arXiv category CV: Computer Vision and Pattern Recognition",
            fixture.Site.Html("topics/computer-vision.html").QuerySelector(".eyebrow")?.TextContent);
        var cv = fixture.Site.Html(SitePaths.TopicIndex).QuerySelectorAll("abbr.code").Single(a => a.TextContent == "CV");
        Assert.Equal("Computer Vision and Pattern Recognition", cv.GetAttribute("title"));
    }

    [Fact]
    public void A_site_whose_settings_list_no_members_has_no_people_page()
    {
        Assert.False(fixture.Site.Exists("people.html"));
        Assert.DoesNotContain(fixture.Site.Html("index.html").QuerySelectorAll(".site-nav a"), a => a.TextContent == "People");
    }

    [Fact]
    public void Every_page_has_a_meta_description()
    {
        foreach (var page in fixture.Site.Pages())
            Assert.False(string.IsNullOrWhiteSpace(fixture.Site.Html(page).QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{page} has no meta description");
    }

    [Fact]
    public void Feed_entries_name_only_people_have_ids_no_other_site_shares_and_say_when_they_were_published()
    {
        var feed = System.Xml.Linq.XDocument.Parse(fixture.Site.Read("feed.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(30, entries.Count);

        // Atom wants an author on each entry or on the feed: the feed's is the site.
        Assert.Equal("Research Publications", feed.Root.Element(atom + "author")?.Element(atom + "name")?.Value);
        var names = entries.SelectMany(e => e.Elements(atom + "author")).Select(a => a.Element(atom + "name")!.Value).ToList();
        Assert.NotEmpty(names);
        Assert.DoesNotContain(names, n => System.Text.RegularExpressions.Regex.IsMatch(n, @"^\d+ authors?$") || n == "authors unknown");
        Assert.DoesNotContain(names, n => n.Contains("UCSC-VLAA", StringComparison.Ordinal));
        // Ids are the papers' permanent addresses (unique to this site), and every entry says when it was published.
        var ids = entries.Select(e => e.Element(atom + "id")!.Value).ToList();
        Assert.All(ids, id => Assert.StartsWith(ShippedSiteFixture.BaseUrl + "/papers/", id, StringComparison.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(entries, e => Assert.Equal(e.Element(atom + "updated")!.Value, e.Element(atom + "published")?.Value));
    }

    [Fact]
    public void An_organisation_credited_in_place_of_authors_is_never_written_as_an_author()
    {
        var doc = fixture.Site.Html("papers/discrete-diffusion-models-with-mllms-for-unified.html");

        Assert.Contains("UCSC-VLAA", doc.QuerySelector(".paper-authors")!.TextContent, StringComparison.Ordinal); // shown to readers
        Assert.Empty(doc.QuerySelectorAll("meta[name=citation_author]"));
        using var jsonLd = System.Text.Json.JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.False(jsonLd.RootElement.TryGetProperty("author", out _));
        Assert.Equal("UCSC-VLAA", jsonLd.RootElement.GetProperty("sourceOrganization").GetProperty("name").GetString());
    }
}
