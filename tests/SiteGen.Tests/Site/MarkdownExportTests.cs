using SiteGen.Cli;
using SiteGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Site;

/// <summary>
/// `sitegen export --format markdown -o DIR`: one Markdown document per paper with Hugo/Jekyll
/// front matter, for users moving to another generator (issue 3).
/// </summary>
public sealed class MarkdownExportTests : IDisposable
{
    // Everything YAML would read as syntax if written bare: ": ", " #", quotes, "---", flow brackets, "&", "*", "|".
    private const string BreakerTitle = "Attention: Is \"All\" You Need? #1 --- [draft] {x} & *y* | z 'q'";

    private readonly TestSite _site = new(copyShippedInput: false);
    private readonly string _target;

    public MarkdownExportTests()
    {
        _site.Write("list.txt", $"Doe, Jane\n{BreakerTitle}\nDoe, Jane, Roe, Rick\nWe ask whether it is all.\n");
        _site.Write("category.txt", "LGMar 1, 2024\nSorting Networks That Learn To SortAlice Smith, Bob Jones\nWe learn to sort.\n");
        _target = Path.Combine(_site.Root, "content");
    }

    public void Dispose() => _site.Dispose();

    private static (YamlMappingNode Front, string Body) Read(string path)
    {
        var text = File.ReadAllText(path);
        Assert.StartsWith("---\n", text, StringComparison.Ordinal);
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        Assert.True(end > 0, $"{path}: front matter is not closed");
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..end]));
        return ((YamlMappingNode)yaml.Documents.Single().RootNode, text[(end + 5)..]);
    }

    private static string Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map[key]).Value!;

    private static List<string> Sequence(YamlMappingNode map, string key) => ((YamlSequenceNode)map[key]).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();

    [Fact]
    public void One_document_per_paper_with_title_date_authors_topics_and_slug_front_matter()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommandLine.Run(["export", "--format", "markdown", "--input", _site.Input, "-o", _target], output, error);

        Assert.Equal(0, code);
        var files = Directory.GetFiles(_target).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, files.Count);
        Assert.All(files, f => Assert.EndsWith(".md", f, StringComparison.Ordinal));
        var documents = files.Select(f => (File: f, Doc: Read(f))).ToDictionary(x => Scalar(x.Doc.Front, "title"), x => x);

        var (sortingFile, (sorting, sortingBody)) = documents["Sorting Networks That Learn To Sort"];
        Assert.Equal(Path.GetFileNameWithoutExtension(sortingFile), Scalar(sorting, "slug"));
        Assert.Equal("2024-03-01", Scalar(sorting, "date"));
        Assert.Equal(["Alice Smith", "Bob Jones"], Sequence(sorting, "authors"));
        Assert.Contains("Machine Learning", Sequence(sorting, "topics"));
        Assert.Equal("We learn to sort.", sortingBody.Trim());

        // The title that breaks bare YAML reads back exactly; an undated paper has no date key.
        var (breakerFile, (breaker, breakerBody)) = documents[BreakerTitle];
        Assert.Equal(Path.GetFileNameWithoutExtension(breakerFile), Scalar(breaker, "slug"));
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", Scalar(breaker, "slug"));
        Assert.False(breaker.Children.ContainsKey(new YamlScalarNode("date")));
        Assert.Equal(["Jane Doe", "Rick Roe"], Sequence(breaker, "authors"));
        Assert.Equal("We ask whether it is all.", breakerBody.Trim());
        Assert.Contains("2 Markdown documents written", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Categories_are_the_codes_a_listing_gave_not_those_of_topics_found_by_phrase()
    {
        // "Computer vision" covers category CV; a paper filed there by the word "images" has no category of its own.
        _site.Write("vision.txt", "CVMar 2, 2024\nSegmenting Cells in Microscopy ImagesAlice Smith\nWe segment cells in microscopy images with a network.\n");
        _site.Write("list2.txt", "Roe, Rick\nImage Segmentation Without Labels\nRoe, Rick\nWe segment images without labels and compare segmentation to a supervised image model.\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, SiteGenCommandLine.Run(["export", "--format", "markdown", "--input", _site.Input, "-o", _target], output, error));
        var documents = Directory.GetFiles(_target).Select(Read).ToDictionary(d => Scalar(d.Front, "title"), d => d.Front);

        var listed = documents["Segmenting Cells in Microscopy Images"];
        Assert.Equal(["CV"], Sequence(listed, "categories"));
        var byPhrase = documents["Image Segmentation Without Labels"];
        Assert.Contains("Computer vision", Sequence(byPhrase, "topics"));
        Assert.False(byPhrase.Children.ContainsKey(new YamlScalarNode("categories")));
    }

    [Fact]
    public void Dates_are_whole_dates_hugo_and_jekyll_read_and_bibliographic_fields_and_tex_math_come_through_once()
    {
        _site.Write("papers.bib", """
            @inproceedings{doe2024, title={Twelve Percent Better}, author={Doe, Jane}, booktitle={NeurIPS}, year={2024}, month=mar,
              doi={10.5555/twelve}, url={https://example.org/twelve}, volume={37}, pages={1--9},
              abstract={We gain $12\%$ over $\alpha$-baselines and save \$5 and 50\%.}}
            @article{roe2023, title={A Year Only}, author={Roe, Rick}, journal={J}, year={2023}}
            """);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, SiteGenCommandLine.Run(["export", "--format", "markdown", "--input", _site.Input, "-o", _target], output, error));
        var documents = Directory.GetFiles(_target).Select(f => (Text: File.ReadAllText(f), Doc: Read(f))).ToDictionary(d => Scalar(d.Doc.Front, "title"));

        var (text, (twelve, body)) = documents["Twelve Percent Better"];
        // Hugo 0.111 reads "2024-03" as year 1: a month is written as its first day, and said to be a month.
        Assert.Equal("2024-03-01", Scalar(twelve, "date"));
        Assert.Equal("month", Scalar(twelve, "date_precision"));
        Assert.Equal("NeurIPS", Scalar(twelve, "venue"));
        Assert.Equal("inproceedings", Scalar(twelve, "publication_type"));
        Assert.Equal("10.5555/twelve", Scalar(twelve, "doi"));
        Assert.Equal("https://example.org/twelve", Scalar(twelve, "paper_url"));
        Assert.Equal("37", Scalar((YamlMappingNode)twelve["fields"], "volume"));
        Assert.Equal("1–9", Scalar((YamlMappingNode)twelve["fields"], "pages"));
        // Hugo's type picks a layout and its url a path: neither key is written.
        Assert.False(twelve.Children.ContainsKey(new YamlScalarNode("type")));
        Assert.False(twelve.Children.ContainsKey(new YamlScalarNode("url")));
        // TeX math stays as written (Hugo's math passthrough and Markdig read it as math); other $ and % are plain text.
        Assert.Equal("We gain $12\\%$ over $\\alpha$-baselines and save \\$5 and 50%.", body.Trim());
        Assert.DoesNotContain("$12\\\\%$", text, StringComparison.Ordinal);

        var (_, (yearOnly, _)) = documents["A Year Only"];
        Assert.Equal("2023-01-01", Scalar(yearOnly, "date"));
        Assert.Equal("year", Scalar(yearOnly, "date_precision"));

        // The site shows the math as MathML, the escaped dollar as a dollar.
        Assert.True(_site.Build().Written);
        var page = _site.Html($"papers/{Scalar(twelve, "slug")}.html").QuerySelector(".paper-body p")!;
        Assert.Equal("We gain 12% over α-baselines and save $5 and 50%.", page.TextContent);
        Assert.Equal(["12%", "α"], page.QuerySelectorAll("math").Select(m => m.TextContent));
    }

    [Fact]
    public void Markdown_export_without_a_folder_is_a_usage_error()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommandLine.Run(["export", "--format", "markdown", "--input", _site.Input], output, error);

        Assert.NotEqual(0, code);
        Assert.Contains("needs -o FOLDER", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_target));
    }
}
