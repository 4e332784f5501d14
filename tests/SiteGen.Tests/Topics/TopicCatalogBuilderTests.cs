using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Topics;

namespace SiteGen.Tests.Topics;

/// <summary>Categories and author keywords as topics, beside the taxonomy's (issue 5, issue 9).</summary>
public sealed class TopicCatalogBuilderTests
{
    private static Paper PaperWith(string title, params string[] keywords) => new()
    {
        Key = title,
        Title = title,
        Sources = [new SourceLocation("refs.bib", 1)],
        Bibliographic = new Bibliographic { Keywords = keywords },
    };

    private static TopicCatalogBuilder Builder(string siteYml = "")
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(siteYml, "site.yml", diagnostics);
        return new TopicCatalogBuilder(config.Topics, diagnostics);
    }

    private static IReadOnlyList<string> Names(TopicCatalogBuilder builder, IReadOnlyList<string> ids) =>
        ids.Select(id => builder.Topics[id].Name).ToList();

    [Fact]
    public void A_keyword_is_a_topic_whatever_its_case()
    {
        var builder = Builder();
        var a = builder.TopicIdsFor(PaperWith("Sorting things", "optimal transport"));
        var b = builder.TopicIdsFor(PaperWith("Ordering things", "Optimal  Transport"));
        var c = builder.TopicIdsFor(PaperWith("Ranking things", "Optimal Transport"));

        Assert.Equal(["optimal-transport"], a);
        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.Equal("Optimal Transport", builder.Topics["optimal-transport"].Name); // as most papers spell it
    }

    [Theory]
    [InlineData("diffusion models", "Diffusion models")]
    [InlineData("Diffusion Model", "Diffusion models")] // the topic's name, singular
    [InlineData("LLMs", "Language models")] // a phrase, plural
    [InlineData("catastrophic forgetting", "Continual learning")]
    [InlineData("Computer Vision", "Computer vision")]
    public void A_keyword_that_is_a_taxonomy_name_or_phrase_joins_that_topic(string keyword, string topic)
    {
        var builder = Builder();
        var ids = builder.TopicIdsFor(PaperWith("Sorting things", keyword));
        Assert.Equal([topic], Names(builder, ids));
        Assert.Single(builder.Topics);
    }

    [Fact]
    public void A_keyword_spelling_a_category_differently_joins_it_without_renaming_it()
    {
        var builder = Builder();
        var first = builder.TopicIdsFor(PaperWith("Sorting things", "machine learning"));
        builder.TopicIdsFor(PaperWith("Ordering things") with { Categories = ["LG"] });
        builder.TopicIdsFor(PaperWith("Ranking things", "machine learning"));

        var topic = Assert.Single(builder.Topics).Value;
        Assert.Equal(first[0], topic.Id);
        Assert.Equal(("Machine Learning", "LG"), (topic.Name, topic.Code));
    }

    [Fact]
    public void Arxiv_codes_among_keywords_are_categories_and_classification_codes_are_dropped()
    {
        var builder = Builder();
        var ids = builder.TopicIdsFor(PaperWith("Sorting things", "stat.ML", "cs.CV", "I.2.6", "68T05", "ML"));

        Assert.Equal(["Machine Learning (Statistics)", "Computer vision", "ML"], Names(builder, ids));
        Assert.Equal("stat.ML", builder.Topics[ids[0]].Code);
        Assert.Equal("cs.CV", builder.Topics[ids[1]].Code);
    }

    [Fact]
    public void A_category_a_taxonomy_topic_covers_is_filed_under_that_topic_with_its_code()
    {
        var builder = Builder();
        var listed = builder.TopicIdsFor(PaperWith("Sorting things") with { Categories = ["CV"] });
        var found = builder.TopicIdsFor(PaperWith("Segmentation of images"));

        Assert.Equal(["computer-vision"], listed);
        Assert.Equal("computer-vision", found[0]);
        var topic = Assert.Single(builder.Topics).Value;
        Assert.Equal(("Computer vision", "CV"), (topic.Name, topic.Code));
    }

    [Fact]
    public void Without_the_default_taxonomy_a_category_keeps_its_arxiv_name()
    {
        var builder = Builder("topics: { defaults: false }");
        var ids = builder.TopicIdsFor(PaperWith("Segmentation of images") with { Categories = ["CV"] });
        Assert.Equal(["Computer Vision and Pattern Recognition"], Names(builder, ids));
    }

    [Fact]
    public void A_site_topic_replacing_a_default_one_still_covers_its_categories()
    {
        var builder = Builder("topics: { taxonomy: { Computer vision: [pixels] } }");
        var ids = builder.TopicIdsFor(PaperWith("Sorting things") with { Categories = ["CV"] });
        Assert.Equal(["Computer vision"], Names(builder, ids));
    }

    [Fact]
    public void Topics_a_paper_has_from_its_category_or_keywords_do_not_use_up_the_taxonomy_ones()
    {
        var builder = Builder("topics: { max_per_paper: 1 }");
        var ids = builder.TopicIdsFor(PaperWith("Image segmentation with diffusion models", "computer vision"));
        Assert.Equal(["Computer vision", "Diffusion models"], Names(builder, ids));
    }
}
