using System.Text.Json;
using AngleSharp.Dom;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Site;

/// <summary>
/// One paper in each input format, each with every field its format carries, built and exported
/// once: the whole build, the CSL-JSON, BibTeX and Markdown exports (issue 14).
/// </summary>
public sealed class EveryFieldSite : IDisposable
{
    public const string BaseUrl = "https://lab.example.org";

    public const string PublicationList = """
        Curie, Marie
        Radioactive Sorting Networks
        Curie, Marie, Curie, Pierre
        We sort radioactive samples with a network of comparators.
        """;

    public const string DailyPage = """
        Daily Papers

        Dec 9

        Daily Attention Models

        Attention, read daily, models the news of the day.

          • 7 authors
        ·
        Mar 11, 2024 42

        Organisation Daily Paper

        A paper a lab signs as a lab.

        OpenLab OpenLab Research
        ·
        Apr 6, 2024
        """;

    public const string CategoryListing = """
        99.5LGMar 16, 2024Code
        Glued Title Networks in 3DAlice Smith, Bob Jones et al. · eth-zurich
        We glue titles to names and learn networks in 3D.
        """;

    public const string Bibtex = """
        @string{springer = {Springer}}

        @incollection{king2019chapter,
          title        = {A Chapter on {Sorting} with Editors},
          author       = {King, Jr., Martin Luther and Lovelace, Ada},
          editor       = {Babbage, Charles and others},
          booktitle    = {The Handbook of Sorting},
          year         = {2019},
          month        = mar,
          day          = {5},
          volume       = {12},
          number       = {3},
          pages        = {101--125},
          chapter      = {7},
          edition      = {2nd},
          series       = {Lecture Notes in Sorting},
          publisher    = springer,
          organization = {The Sorting Society},
          address      = {Cham},
          note         = {Invited chapter},
          isbn         = {978-3-030-12345-6},
          issn         = {1234-5678},
          doi          = {10.1007/978-3-030-12345-6_7},
          eprint       = {1902.01234},
          archiveprefix = {arXiv},
          url          = {https://example.org/handbook/chapter7},
          abstract     = {A chapter about sorting, with $O(n \log n)$ bounds.},
          keywords     = {sorting, comparators},
          pdf          = {https://example.org/handbook/chapter7.pdf},
          code         = {https://github.com/example/sorting},
          slides       = {https://example.org/handbook/slides.pdf},
          selected     = {true},
        }

        @phdthesis{roe2018thesis,
          title   = {A Thesis on Everything},
          author  = {Roe, Rick},
          school  = {University of Somewhere},
          type    = {PhD dissertation},
          address = {Somewhere},
          year    = {2018},
        }
        """;

    public const string Ris = """
        TY  - JOUR
        TI  - Journal Article From a Reference Manager
        AU  - Doe, Jane
        AU  - Smith, John
        PY  - 2022
        DA  - 2022/07/14/
        JO  - Journal of Machine Learning Research
        DO  - 10.5555/jmlr.2022.42
        UR  - https://example.org/jmlr/42
        L1  - https://example.org/jmlr/42.pdf
        AB  - An article exported from a reference manager.
        KW  - kernels
        KW  - optimisation
        ID  - doe2022journal
        ER  - 
        """;

    public const string CslJson = """
        [
          {
            "id": "zotero-1",
            "citation-key": "chen2021conference",
            "type": "paper-conference",
            "title": "Conference Paper From Zotero",
            "author": [{ "family": "Chen", "given": "Wei" }, { "family": "Müller", "given": "Anna" }],
            "editor": [{ "family": "Chair", "given": "Carol" }],
            "issued": { "date-parts": [[2021, 5]] },
            "container-title": "Proceedings of the Conference on Things",
            "DOI": "10.1145/3442188.3445922",
            "URL": "https://example.org/conf/2021",
            "volume": "3",
            "page": "40-49",
            "publisher": "ACM",
            "publisher-place": "New York",
            "abstract": "A conference paper exported by Zotero.",
            "keyword": "fairness, audits"
          }
        ]
        """;

    public const string ArxivAtom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
          <title>arXiv Query</title>
          <entry>
            <id>http://arxiv.org/abs/2401.00001v2</id>
            <published>2024-01-02T18:00:00Z</published>
            <title>A Preprint From the arXiv
              API</title>
            <summary>A preprint whose summary
              wraps.</summary>
            <author><name>Yann LeCun</name></author>
            <author><name>Geoffrey Hinton</name></author>
            <arxiv:doi>10.5555/arxiv.2401.00001</arxiv:doi>
            <arxiv:journal_ref>Journal of Preprints 1 (2024)</arxiv:journal_ref>
            <link href="http://arxiv.org/abs/2401.00001v2" rel="alternate" type="text/html"/>
            <link title="pdf" href="http://arxiv.org/pdf/2401.00001v2" rel="related" type="application/pdf"/>
            <arxiv:primary_category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
            <category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
          </entry>
        </feed>
        """;

    public EveryFieldSite()
    {
        Site = new TestSite(copyShippedInput: false);
        Site.Write("000_list.txt", PublicationList);
        Site.Write("001_daily.txt", DailyPage);
        Site.Write("003_category.txt", CategoryListing);
        Site.Write("papers.bib", Bibtex);
        Site.Write("papers.ris", Ris);
        Site.Write("zotero.json", CslJson);
        Site.Write("arxiv.xml", ArxivAtom);
        Result = Site.Build(BaseUrl);
        Csl = JsonDocument.Parse(Export("csl-json"));
        Bib = Export("bibtex");
        MarkdownDir = Path.Combine(Site.Root, "content");
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, SiteGenCommandLine.Run(["export", "--format", "markdown", "--input", Site.Input, "-o", MarkdownDir], output, error));
    }

    internal TestSite Site { get; }

    public Pipeline.BuildResult Result { get; }

    public JsonDocument Csl { get; }

    public string Bib { get; }

    public string MarkdownDir { get; }

    private string Export(string format)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, SiteGenCommandLine.Run(["export", "--format", format, "--input", Site.Input], output, error));
        return output.ToString();
    }

    public void Dispose()
    {
        Csl.Dispose();
        Site.Dispose();
    }
}

/// <summary>What one input paper must show everywhere: field values as the page, exports and cite box write them.</summary>
public sealed record ExpectedPaper(string Title, string[] Authors, string? Date, string Abstract)
{
    /// <summary>The abstract as the page's text reads it (formulas are MathML) and as CSL-JSON writes it (formulas in plain form), where it has TeX.</summary>
    public string? PageAbstract { get; init; }
    public string? TextAbstract { get; init; }

    public string? Venue { get; init; }
    public string? Doi { get; init; }
    public string? Arxiv { get; init; }
    public string? Url { get; init; }
    public string BibtexType { get; init; } = "misc";
    public string CslType { get; init; } = "article";
    public string? Key { get; init; }
    public string[] Editors { get; init; } = [];

    /// <summary>Page note where names are missing or cut ("7 authors", "et al.").</summary>
    public string? AuthorsNote { get; init; }

    public string? Organisation { get; init; }
    public int? AuthorCount { get; init; }
    public int? Upvotes { get; init; }
    public bool Code { get; init; }
    public bool Featured { get; init; }
    public string[] Topics { get; init; } = [];
    public string[] Affiliations { get; init; } = [];

    /// <summary>BibTeX field → value as the entry gives it (pages with an en dash).</summary>
    public Dictionary<string, string> Fields { get; init; } = [];

    public Dictionary<string, string> Links { get; init; } = [];

    public override string ToString() => Title;
}

public sealed class EveryFieldBuildTests(EveryFieldSite fixture) : IClassFixture<EveryFieldSite>
{
    public static readonly TheoryData<ExpectedPaper> Papers =
    [
        new ExpectedPaper("Radioactive Sorting Networks", ["Marie Curie", "Pierre Curie"], null, "We sort radioactive samples with a network of comparators."),
        new ExpectedPaper("Daily Attention Models", [], "2024-03-11", "Attention, read daily, models the news of the day.")
            { AuthorsNote = "7 authors", AuthorCount = 7, Upvotes = 42 },
        new ExpectedPaper("Organisation Daily Paper", [], "2024-04-06", "A paper a lab signs as a lab.")
            { AuthorsNote = "OpenLab Research", Organisation = "OpenLab Research" },
        new ExpectedPaper("Glued Title Networks in 3D", ["Alice Smith", "Bob Jones"], "2024-03-16", "We glue titles to names and learn networks in 3D.")
            { AuthorsNote = "et al.", Code = true, Topics = ["Machine Learning"], Affiliations = ["eth-zurich"] },
        new ExpectedPaper("A Chapter on Sorting with Editors", ["Martin Luther King Jr.", "Ada Lovelace"], "2019-03-05", "A chapter about sorting, with $O(n \\log n)$ bounds.")
        {
            // MathML's text: temml puts an invisible function application after "log".
            PageAbstract = "A chapter about sorting, with O(nlog\u2061n) bounds.",
            TextAbstract = "A chapter about sorting, with O(n log n) bounds.",
            Venue = "The Handbook of Sorting", Doi = "10.1007/978-3-030-12345-6_7", Arxiv = "1902.01234", Url = "https://example.org/handbook/chapter7",
            BibtexType = "incollection", CslType = "chapter", Key = "king2019chapter", Editors = ["Charles Babbage"], Featured = true, Code = true,
            Topics = ["sorting", "comparators"],
            Fields = new()
            {
                ["volume"] = "12", ["number"] = "3", ["pages"] = "101–125", ["chapter"] = "7", ["edition"] = "2nd", ["series"] = "Lecture Notes in Sorting",
                ["publisher"] = "Springer", ["organization"] = "The Sorting Society", ["address"] = "Cham", ["note"] = "Invited chapter",
                ["isbn"] = "978-3-030-12345-6", ["issn"] = "1234-5678",
            },
            Links = new()
            {
                ["pdf"] = "https://example.org/handbook/chapter7.pdf", ["code"] = "https://github.com/example/sorting", ["slides"] = "https://example.org/handbook/slides.pdf",
            },
        },
        new ExpectedPaper("A Thesis on Everything", ["Rick Roe"], "2018", "")
        {
            Venue = "University of Somewhere", BibtexType = "phdthesis", CslType = "thesis", Key = "roe2018thesis",
            Fields = new() { ["type"] = "PhD dissertation", ["address"] = "Somewhere" },
        },
        new ExpectedPaper("Journal Article From a Reference Manager", ["Jane Doe", "John Smith"], "2022-07-14", "An article exported from a reference manager.")
        {
            Venue = "Journal of Machine Learning Research", Doi = "10.5555/jmlr.2022.42", Url = "https://example.org/jmlr/42",
            BibtexType = "article", CslType = "article-journal", Key = "doe2022journal", Topics = ["kernels", "Optimization"], // a keyword naming a taxonomy topic joins it
            Links = new() { ["pdf"] = "https://example.org/jmlr/42.pdf" },
        },
        new ExpectedPaper("Conference Paper From Zotero", ["Wei Chen", "Anna Müller"], "2021-05", "A conference paper exported by Zotero.")
        {
            Venue = "Proceedings of the Conference on Things", Doi = "10.1145/3442188.3445922", Url = "https://example.org/conf/2021",
            BibtexType = "inproceedings", CslType = "paper-conference", Key = "chen2021conference", Editors = ["Carol Chair"], Topics = ["Robustness and fairness", "audits"],
            Fields = new() { ["volume"] = "3", ["pages"] = "40-49", ["publisher"] = "ACM", ["address"] = "New York" },
        },
        new ExpectedPaper("A Preprint From the arXiv API", ["Yann LeCun", "Geoffrey Hinton"], "2024-01-02", "A preprint whose summary wraps.")
        {
            Venue = "Journal of Preprints 1 (2024)", Doi = "10.5555/arxiv.2401.00001", Arxiv = "2401.00001", Url = "http://arxiv.org/abs/2401.00001v2",
            BibtexType = "article", CslType = "article-journal", Topics = ["Computation and Language"],
            Links = new() { ["pdf"] = "http://arxiv.org/pdf/2401.00001v2" },
        },
    ];

    private TestSite Site => fixture.Site;

    private IDocument Page(ExpectedPaper paper) =>
        Site.Html(Site.Pages("papers").Single(p => Site.Html(p).QuerySelector("h1")?.TextContent == paper.Title));

    [Fact]
    public void The_build_makes_a_page_for_each_paper_and_reports_nothing()
    {
        Assert.True(fixture.Result.Written);
        Assert.Equal(Papers.Count, fixture.Result.Papers);
        Assert.Equal(0, fixture.Result.BrokenLinks);
        Assert.DoesNotContain(Site.Diagnostics.Items, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Every_field_is_on_the_page(ExpectedPaper paper)
    {
        var page = Page(paper);
        Assert.Equal(paper.Authors, page.QuerySelectorAll(".paper-authors a").Select(a => a.TextContent));
        Assert.Equal(paper.AuthorsNote, page.QuerySelector(".authors-note")?.TextContent);
        Assert.Equal(paper.Date, page.QuerySelector(".paper-meta time")?.GetAttribute("datetime"));
        Assert.Equal(paper.PageAbstract ?? paper.Abstract, page.QuerySelector(".paper-body p")?.TextContent ?? "");
        Assert.Equal(paper.PageAbstract is not null, page.QuerySelector(".paper-body p math") is not null);
        Assert.Equal(paper.Venue, page.QuerySelector(".paper-publication .venue")?.TextContent);
        Assert.Equal(paper.Doi is null ? null : "https://doi.org/" + paper.Doi, page.QuerySelector(".paper-publication .doi")?.GetAttribute("href"));
        Assert.Equal(paper.Arxiv is null ? null : "https://arxiv.org/abs/" + paper.Arxiv, page.QuerySelector(".paper-publication .arxiv")?.GetAttribute("href"));
        Assert.Equal(paper.Links.OrderBy(l => l.Key, StringComparer.Ordinal), page.QuerySelectorAll(".paper-links a").Select(a => KeyValuePair.Create(a.TextContent, a.GetAttribute("href")!)));
        Assert.Equal(paper.Affiliations, page.QuerySelectorAll(".paper-affiliations").Select(a => a.TextContent));
        var badges = page.QuerySelectorAll(".paper-meta .badge").Select(b => b.TextContent).ToList();
        Assert.Equal(paper.Code, badges.Contains("Code"));
        Assert.Equal(paper.Featured, badges.Contains("Featured"));
        Assert.Equal(paper.Upvotes is { } n ? $"▲ {n}" : null, badges.SingleOrDefault(b => b.StartsWith('▲')));
        var topics = page.QuerySelectorAll(".paper-meta .topic").Select(t => t.TextContent).ToList();
        Assert.All(paper.Topics, t => Assert.Contains(t, topics, StringComparer.OrdinalIgnoreCase));

        // The Highwire tags say the same.
        Assert.Equal(paper.Title, page.QuerySelector("meta[name='citation_title']")?.GetAttribute("content"));
        Assert.Equal(paper.Doi, page.QuerySelector("meta[name='citation_doi']")?.GetAttribute("content"));
        Assert.Equal(paper.Links.GetValueOrDefault("pdf"), page.QuerySelector("meta[name='citation_pdf_url']")?.GetAttribute("content"));
        Assert.Equal(paper.Fields.GetValueOrDefault("volume"), page.QuerySelector("meta[name='citation_volume']")?.GetAttribute("content"));
        Assert.Equal(paper.Fields.GetValueOrDefault("publisher"), page.QuerySelector("meta[name='citation_publisher']")?.GetAttribute("content"));
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Every_field_is_in_the_cite_box(ExpectedPaper paper)
    {
        var bibtex = Page(paper).QuerySelector("#bibtex")!.TextContent;
        var plain = Page(paper).QuerySelector("#plain-citation")!.TextContent;
        AssertBibtex(paper, bibtex, full: false);
        Assert.Contains(paper.Title, plain, StringComparison.Ordinal);
        if (paper.Venue is not null) Assert.Contains(paper.Venue, plain, StringComparison.Ordinal);
        if (paper.Doi is not null) Assert.Contains("https://doi.org/" + paper.Doi, plain, StringComparison.Ordinal);
        if (paper.Fields.TryGetValue("pages", out var pages)) Assert.Contains(pages, plain, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Every_field_is_in_the_bibtex_export(ExpectedPaper paper)
    {
        var entries = fixture.Bib.Split("\n@").Select(e => e.StartsWith('@') ? e : "@" + e).ToList();
        var entry = Assert.Single(entries, e => e.Contains("title = {{" + paper.Title + "}}", StringComparison.Ordinal));
        AssertBibtex(paper, entry, full: true);
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Every_field_is_in_the_csl_json_export(ExpectedPaper paper)
    {
        var item = Assert.Single(fixture.Csl.RootElement.EnumerateArray(), i => i.GetProperty("title").GetString() == paper.Title);
        string? Text(string name) => item.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText() : null;
        JsonElement? Custom(string name) => item.TryGetProperty("custom", out var c) && c.TryGetProperty(name, out var v) ? v : null;

        Assert.Equal(paper.CslType, Text("type"));
        if (paper.Key is not null)
        {
            Assert.Equal(paper.Key, Text("id"));
            Assert.Equal(paper.Key, Text("citation-key"));
        }
        var names = item.GetProperty("author").EnumerateArray()
            .Where(a => a.TryGetProperty("family", out _))
            .Select(a => string.Join(' ', new[] { a.TryGetProperty("given", out var g) ? g.GetString() : null, a.GetProperty("family").GetString(), a.TryGetProperty("suffix", out var s) ? s.GetString() : null }.OfType<string>()));
        Assert.Equal(paper.Authors, names);
        var editors = item.TryGetProperty("editor", out var e) ? e.EnumerateArray().Select(x => x.GetProperty("given").GetString() + " " + x.GetProperty("family").GetString()).ToArray() : [];
        Assert.Equal(paper.Editors, editors);
        Assert.Equal(paper.Date, item.TryGetProperty("issued", out var issued)
            ? string.Join('-', issued.GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32().ToString(p.GetInt32() > 31 ? "D4" : "D2", System.Globalization.CultureInfo.InvariantCulture)))
            : null);
        Assert.Equal(paper.Venue, Text("container-title"));
        Assert.Equal(paper.Doi, Text("DOI"));
        Assert.Equal(paper.Url, Text("URL"));
        Assert.Equal(paper.Abstract.Length == 0 ? null : paper.TextAbstract ?? paper.Abstract, Text("abstract"));
        if (paper.Arxiv is not null) Assert.Equal("arXiv:" + paper.Arxiv, Text("number"));
        Assert.Equal(paper.AuthorCount, Custom("author-count")?.GetInt32());
        Assert.Equal(paper.Organisation, Custom("organisation")?.GetString());
        Assert.Equal(paper.Code && !paper.Links.ContainsKey("code"), Custom("has-code")?.GetBoolean() ?? false);
        Assert.Equal(paper.Featured, Custom("featured")?.GetBoolean() ?? false);
        var links = Custom("links")?.EnumerateObject().ToDictionary(l => l.Name, l => l.Value.GetString()!) ?? [];
        Assert.Equal(paper.Links.OrderBy(l => l.Key, StringComparer.Ordinal), links.OrderBy(l => l.Key, StringComparer.Ordinal));
        var keyword = Text("keyword") ?? "";
        Assert.All(paper.Topics, t => Assert.Contains(t, keyword, StringComparison.OrdinalIgnoreCase));

        var csl = new Dictionary<string, string>
        {
            ["volume"] = "volume", ["pages"] = "page", ["chapter"] = "chapter-number", ["edition"] = "edition", ["series"] = "collection-title",
            ["type"] = "genre", ["publisher"] = "publisher", ["address"] = "publisher-place", ["note"] = "note", ["isbn"] = "ISBN", ["issn"] = "ISSN",
            ["number"] = paper.CslType is "report" ? "number" : "issue",
        };
        foreach (var (name, value) in paper.Fields)
            Assert.Equal(value, csl.TryGetValue(name, out var variable) ? Text(variable) : Custom(name)?.GetString());
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Every_field_is_in_the_markdown_export(ExpectedPaper paper)
    {
        var documents = Directory.GetFiles(fixture.MarkdownDir).Select(File.ReadAllText).ToList();
        var text = Assert.Single(documents, d => d.StartsWith("---\ntitle: " + paper.Title + "\n", StringComparison.Ordinal));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..text.IndexOf("\n---\n", 3, StringComparison.Ordinal)]));
        var front = (YamlMappingNode)yaml.Documents[0].RootNode;
        string? Scalar(string key) => front.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
        string[] Sequence(string key) => front.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlSequenceNode)v).Children.Select(c => ((YamlScalarNode)c).Value!).ToArray() : [];
        Dictionary<string, string> Map(string key) => front.Children.TryGetValue(new YamlScalarNode(key), out var v)
            ? ((YamlMappingNode)v).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!)
            : [];

        Assert.Equal(paper.Authors, Sequence("authors"));
        Assert.Equal(paper.Editors, Sequence("editors"));
        // Whole dates (a month is its first day), as Hugo and Jekyll read them.
        Assert.Equal(paper.Date switch { null => null, { Length: 4 } y => y + "-01-01", { Length: 7 } m => m + "-01", var d => d }, Scalar("date"));
        Assert.Equal(paper.Venue, Scalar("venue"));
        Assert.Equal(paper.BibtexType == "misc" ? null : paper.BibtexType, Scalar("publication_type"));
        Assert.Equal(paper.Doi, Scalar("doi"));
        Assert.Equal(paper.Arxiv, Scalar("arxiv"));
        Assert.Equal(paper.Url, Scalar("paper_url"));
        Assert.Equal(paper.AuthorCount?.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar("author_count"));
        Assert.Equal(paper.Organisation, Scalar("organisation"));
        Assert.Equal(paper.Upvotes?.ToString(System.Globalization.CultureInfo.InvariantCulture), Scalar("upvotes"));
        Assert.Equal(paper.Key is null ? [] : [paper.Key], Sequence("citation_keys"));
        Assert.Equal(paper.Fields.OrderBy(f => f.Key, StringComparer.Ordinal), Map("fields").OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal(paper.Links.OrderBy(l => l.Key, StringComparer.Ordinal), Map("links").OrderBy(l => l.Key, StringComparer.Ordinal));
        Assert.All(paper.Topics, t => Assert.Contains(t, Sequence("topics"), StringComparer.OrdinalIgnoreCase));
        // These abstracts need no Markdown escaping, and TeX math is written as it is.
        Assert.EndsWith("---\n\n" + paper.Abstract + "\n", text, StringComparison.Ordinal);
    }

    /// <summary>The family name of "Given Family [Jr.]", as BibTeX writes it first.</summary>
    private static string Family(string name)
    {
        var words = name.Split(' ');
        return words[^1] is "Jr." or "Sr." ? words[^2] : words[^1];
    }

    /// <summary>The entry carries the type, key, title, names, date, venue, every standard field, identifiers and (exported in full) abstract, keywords and links.</summary>
    private static void AssertBibtex(ExpectedPaper paper, string entry, bool full)
    {
        Assert.StartsWith("@" + paper.BibtexType + "{" + (paper.Key ?? ""), entry, StringComparison.Ordinal);
        Assert.Contains("  title = {{" + paper.Title + "}},\n", entry, StringComparison.Ordinal);
        if (paper.Authors.Length > 0)
        {
            var authors = entry.Split('\n').Single(l => l.StartsWith("  author = {", StringComparison.Ordinal))["  author = {".Length..^2];
            Assert.Equal(paper.Authors.Select(Family), authors.Split(" and ").Where(n => n != "others").Select(n => n.Split(',')[0]));
        }
        if (paper.AuthorsNote == "et al.") Assert.Contains(" and others},", entry, StringComparison.Ordinal);
        if (paper.Organisation is { } org) Assert.Contains("  author = {{" + org + "}},\n", entry, StringComparison.Ordinal);
        foreach (var editor in paper.Editors) Assert.Contains("editor = {" + editor.Split(' ')[1] + ", " + editor.Split(' ')[0], entry, StringComparison.Ordinal);
        if (paper.Date is { } date) Assert.Contains("  year = {" + date[..4] + "},\n", entry, StringComparison.Ordinal);
        if (paper.Venue is { } venue) Assert.Contains(" = {" + venue + "},\n", entry, StringComparison.Ordinal);
        foreach (var (name, value) in paper.Fields)
            Assert.Contains("  " + name + " = {" + value.Replace("–", "--", StringComparison.Ordinal) + "},\n", entry, StringComparison.Ordinal);
        if (paper.Doi is { } doi) Assert.Contains("  doi = {" + doi + "},\n", entry, StringComparison.Ordinal);
        if (paper.Arxiv is { } arxiv) Assert.Contains("  eprint = {" + arxiv + "},\n  archiveprefix = {arXiv},\n", entry, StringComparison.Ordinal);
        if (paper.Url is { } url) Assert.Contains("  url = {" + url + "},\n", entry, StringComparison.Ordinal);
        if (paper.Links.TryGetValue("pdf", out var pdf)) Assert.Contains("  pdf = {" + pdf + "},\n", entry, StringComparison.Ordinal);
        if (!full) return;
        if (paper.Abstract.Length > 0) Assert.Contains("  abstract = {" + paper.Abstract + "},\n", entry, StringComparison.Ordinal);
        foreach (var (kind, href) in paper.Links) Assert.Contains("  " + kind + " = {" + href + "},\n", entry, StringComparison.Ordinal);
        Assert.All(paper.Topics, t => Assert.Contains(t, entry[entry.IndexOf("keywords = {", StringComparison.Ordinal)..], StringComparison.OrdinalIgnoreCase));
        Assert.Equal(paper.Featured, entry.Contains("  selected = {true},\n", StringComparison.Ordinal));
    }
}
