using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Merging;
using SiteGen.Tests.Support;
using SiteGen.Text;
using SiteGen.Topics;

namespace SiteGen.Tests.Topics;

/// <summary>Topics on the shipped input (issue 5): coverage and a hand-checked sample.</summary>
public sealed class ShippedTopicTests
{
    // Keys of the shipped papers a listing files under a category, read from the records (a topic's code no longer says so:
    // a taxonomy topic that covers a category keeps its code and also holds papers its phrases found).
    private static readonly Lazy<HashSet<string>> CategorisedKeys = new(() =>
        IngestPipeline.Run(RepoPaths.Input, new DiagnosticBag()).Records
            .Where(r => !string.IsNullOrEmpty(r.Category))
            .Select(r => TextFolding.Key(r.Title))
            .ToHashSet(StringComparer.Ordinal));

    private static bool IsTaxonomyTopic(SiteGen.Model.Topic topic) => DefaultTaxonomy.Topics.Any(t => t.Name == topic.Name);

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
            var assigned = ShippedCatalog.TopicsOf(paper).Where(IsTaxonomyTopic).Select(t => t.Name).ToList();
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
        // The main topic is the reader's first choice; allow a paper where the assigner settles on another acceptable one.
        Assert.True(missed.Count <= 1, $"{missed.Count} sample papers miss their main topic:\n" + string.Join("\n", missed));
    }

    [Theory]
    [InlineData("Random Teachers are Good Teachers", "LG", "Machine Learning")]
    [InlineData("The Shaped Transformer", "ML", "Machine Learning (Statistics)")]
    [InlineData("Cosmology from Galaxy Redshift Surveys", "CO", "Cosmology and Nongalactic Astrophysics")]
    [InlineData("Cosmological N-body simulations", "COMP-PH", "Computational Physics")]
    [InlineData("CLIP-Guided Vision-Language Pre-training", "CV", "Computer vision")] // the taxonomy topic covering cs.CV
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
        var categorised = ShippedCatalog.Catalog.Papers.Where(p => CategorisedKeys.Value.Contains(p.Key)).ToList();
        Assert.Equal(50, categorised.Count);
        Assert.All(categorised, p => Assert.NotNull(ShippedCatalog.TopicsOf(p)[0].Code));
        Assert.True(categorised.Count(p => ShippedCatalog.TopicsOf(p).Skip(1).Any(IsTaxonomyTopic)) >= 45);
    }

    [Fact]
    public void The_cv_category_and_the_computer_vision_topic_are_one_page()
    {
        var topics = ShippedCatalog.Catalog.Topics.Values;
        Assert.DoesNotContain(topics, t => t.Name == "Computer Vision and Pattern Recognition");
        var vision = Assert.Single(topics, t => t.Name == "Computer vision");
        Assert.Equal("CV", vision.Code);

        var inCv = ShippedCatalog.Catalog.Papers.Where(p => p.TopicIds.Contains(vision.Id)).ToList();
        var cvListed = ShippedCatalog.Catalog.Papers.Where(p => CategorisedKeys.Value.Contains(p.Key) && ShippedCatalog.TopicsOf(p)[0].Code == "CV").ToList();
        Assert.Equal(13, cvListed.Count);
        Assert.All(cvListed, p => Assert.Contains(p, inCv));
        Assert.True(inCv.Count > cvListed.Count, "phrase matches file papers without the category under the same topic");
        // The category does not use up a taxonomy slot: a CV paper still gets up to three other taxonomy topics.
        Assert.Contains(cvListed, p => ShippedCatalog.TopicsOf(p).Count == 4);
    }

    [Theory]
    [InlineData("BRAIn: Bayesian Reward-conditioned", "Neuroscience and cognition")] // "BRAIn" is a name, not "brain"
    [InlineData("Achieving a Better Stability-Plasticity Trade-off", "Neuroscience and cognition")] // plasticity of a network, not of synapses
    [InlineData("Causal-Copilot", "Reinforcement learning")] // a language-model agent
    public void Shipped_papers_are_not_filed_under_a_topic_a_word_only_resembles(string titleStart, string wrongTopic)
    {
        Assert.DoesNotContain(ShippedCatalog.TopicsOf(ShippedCatalog.PaperStartingWith(titleStart)), t => t.Name == wrongTopic);
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
