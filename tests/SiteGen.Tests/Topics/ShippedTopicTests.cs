using SiteGen.Tests.Merging;

namespace SiteGen.Tests.Topics;

/// <summary>Topics on the shipped input (issue 5): coverage and a hand-checked sample.</summary>
public sealed class ShippedTopicTests
{
    [Fact]
    public void At_least_95_percent_of_papers_get_a_topic()
    {
        var papers = ShippedCatalog.Catalog.Papers;
        var withTopic = papers.Count(p => p.TopicIds.Count > 0);
        Assert.True(withTopic >= 0.95 * papers.Count, $"{withTopic} of {papers.Count} papers have a topic");
    }

    [Fact]
    public void At_least_90_percent_of_taxonomy_assignments_in_the_hand_checked_sample_are_right()
    {
        var wrong = new List<string>();
        var total = 0;
        foreach (var (titleStart, acceptable) in HandCheckedTopicSample.Papers)
        {
            var paper = ShippedCatalog.PaperStartingWith(titleStart);
            var assigned = ShippedCatalog.TopicsOf(paper).Where(t => t.Code is null).Select(t => t.Name).ToList();
            Assert.True(assigned.Count > 0 || paper.TopicIds.Count > 0, $"'{titleStart}' got no topic");
            total += assigned.Count;
            wrong.AddRange(assigned.Where(a => !acceptable.Contains(a)).Select(a => $"{titleStart} → {a}"));
        }
        Assert.Equal(40, HandCheckedTopicSample.Papers.Count);
        Assert.True(total >= 40, $"only {total} assignments for 40 papers");
        Assert.True(wrong.Count <= 0.10 * total, $"{wrong.Count} of {total} assignments wrong:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Each_sample_paper_gets_its_main_topic()
    {
        var missed = HandCheckedTopicSample.Papers
            .Where(s => !ShippedCatalog.TopicsOf(ShippedCatalog.PaperStartingWith(s.TitleStart)).Any(t => t.Name == s.Acceptable[0]))
            .Select(s => $"{s.TitleStart} (expected {s.Acceptable[0]})")
            .ToList();
        // The main topic is the reader's first choice; allow a few papers where the assigner settles on another acceptable one.
        Assert.True(missed.Count <= 4, $"{missed.Count} sample papers miss their main topic:\n" + string.Join("\n", missed));
    }

    [Theory]
    [InlineData("Random Teachers are Good Teachers", "LG", "Machine Learning")]
    [InlineData("The Shaped Transformer", "ML", "Machine Learning (Statistics)")]
    [InlineData("Cosmology from Galaxy Redshift Surveys", "CO", "Cosmology and Nongalactic Astrophysics")]
    [InlineData("Cosmological N-body simulations", "COMP-PH", "Computational Physics")]
    [InlineData("CLIP-Guided Vision-Language Pre-training", "CV", "Computer Vision and Pattern Recognition")]
    [InlineData("When Does Sparsity Mitigate", "CL", "Computation and Language")]
    [InlineData("On the Emergence of Induction Heads", "AI", "Artificial Intelligence")]
    public void A_category_becomes_a_named_topic_that_keeps_its_code(string titleStart, string code, string name)
    {
        var topics = ShippedCatalog.TopicsOf(ShippedCatalog.PaperStartingWith(titleStart));
        var category = topics[0];
        Assert.Equal(code, category.Code);
        Assert.Equal(name, category.Name);
    }

    [Fact]
    public void Papers_with_a_category_also_get_taxonomy_topics()
    {
        var categorised = ShippedCatalog.Catalog.Papers.Where(p => ShippedCatalog.TopicsOf(p).Any(t => t.Code is not null)).ToList();
        Assert.Equal(50, categorised.Count);
        Assert.True(categorised.Count(p => ShippedCatalog.TopicsOf(p).Any(t => t.Code is null)) >= 45);
    }

    [Fact]
    public void Topic_ids_are_url_safe_and_every_referenced_topic_exists()
    {
        Assert.All(ShippedCatalog.Catalog.Topics, kv =>
        {
            Assert.Equal(kv.Key, kv.Value.Id);
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", kv.Key);
        });
        Assert.All(ShippedCatalog.Catalog.Papers.SelectMany(p => p.TopicIds), id => Assert.True(ShippedCatalog.Catalog.Topics.ContainsKey(id)));
    }
}
