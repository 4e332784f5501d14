using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Topics;

namespace SiteGen.Tests.Topics;

/// <summary>Phrase matching and scoring rules of the taxonomy topics.</summary>
public sealed class TopicAssignerTests
{
    private static readonly TopicAssigner Small = new(
    [
        new TaxonomyTopic("Reinforcement learning", ["reinforcement learning", "RL"]),
        new TaxonomyTopic("Generative models", ["GAN", "generative model"]),
        new TaxonomyTopic("Language models", ["large language model", "LLM", "in-context learning"]),
        new TaxonomyTopic("Graphs", ["graph"]),
        new TaxonomyTopic("Causality", ["causal graph"]),
        new TaxonomyTopic("Vision", ["image"]),
    ], maxPerPaper: 2);

    private static IReadOnlyList<string> Names(string title, string abstractText = "") =>
        Small.Assign(title, abstractText).Select(m => m.Name).ToList();

    [Fact]
    public void Phrases_match_whole_words_only()
    {
        Assert.Empty(Names("A world of organ transplants")); // "rl" in "world", "gan" in "organ"
        Assert.Equal(["Reinforcement learning"], Names("Offline RL at scale"));
    }

    [Fact]
    public void Case_hyphens_accents_and_plurals_are_folded()
    {
        Assert.Equal(["Language models"], Names("In-Context Learning in LLMs"));
        Assert.Equal(["Generative models"], Names("GANs that draw"));
    }

    [Fact]
    public void A_word_with_capitals_inside_matches_only_a_phrase_spelt_the_same()
    {
        var assigner = new TopicAssigner(
        [
            new TaxonomyTopic("Neuroscience", ["brain"]),
            new TaxonomyTopic("Vision and language", ["CLIP"]),
            new TaxonomyTopic("Compression", ["LoRA"]),
        ], maxPerPaper: 3);
        IReadOnlyList<string> Of(string title) => assigner.Assign(title, "").Select(m => m.Name).ToList();

        Assert.Empty(Of("BRAIn: Bayesian reward-conditioned inference")); // a name, not the organ
        Assert.Equal(["Neuroscience"], Of("Brain-like language processing"));
        Assert.Equal(["Neuroscience"], Of("What the brain sees"));
        Assert.Equal(["Vision and language"], Of("CLIP-guided pre-training"));
        Assert.Empty(Of("Ranking video clips")); // the acronym phrase is not the plain word
        Assert.Empty(Of("Clip art generation"));
        Assert.Equal(["Compression"], Of("Merging LoRAs"));
        Assert.Empty(Of("Long-range LORA radio links")); // a different acronym
    }

    [Fact]
    public void In_a_title_written_in_capitals_case_says_nothing()
    {
        Assert.Equal(["Language models"], Names("LARGE LANGUAGE MODELS AS LLMS"));
        var assigner = new TopicAssigner([new TaxonomyTopic("Neuroscience", ["brain"]), new TaxonomyTopic("Compression", ["LoRA"])], maxPerPaper: 3);
        Assert.Equal(["Compression", "Neuroscience"], assigner.Assign("LORA ADAPTERS FOR BRAIN DATA", "").Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Equal_scores_go_to_the_topic_the_abstract_mentions_more()
    {
        // Both score the cap (6): the title would not decide, the seventh mention does.
        var matches = Small.Assign("Notes", "Graph graph graph graph graph graph. An image image image image image image image.");
        Assert.Equal(matches[0].Score, matches[1].Score);
        Assert.Equal(["Vision", "Graphs"], matches.Select(m => m.Name)); // not name order
    }

    [Fact]
    public void A_title_match_outweighs_abstract_mentions()
    {
        var matches = Small.Assign("Graph transformers", "We use an image encoder. The image is an image.");
        Assert.Equal("Graphs", matches[0].Name);
        Assert.True(matches[0].Score > matches[1].Score);
    }

    [Fact]
    public void A_single_mention_in_the_abstract_files_nothing()
    {
        Assert.Empty(Names("Sorting networks", "Unlike large language models, our networks sort."));
        Assert.Equal(["Language models"], Names("Sorting networks", "An LLM sorts. The LLM is large. Every LLM agrees."));
    }

    [Fact]
    public void The_longest_phrase_claims_its_words_across_topics()
    {
        Assert.Equal(["Causality"], Names("Learning a causal graph"));
    }

    [Fact]
    public void At_most_max_per_paper_topics_are_kept()
    {
        Assert.Equal(2, Names("RL with GANs on graphs and images").Count);
    }

    [Fact]
    public void Site_yml_topics_extend_or_replace_the_defaults()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse("""
            topics:
              max_per_paper: 1
              taxonomy:
                Quantum computing: [qubit, quantum circuit]
                language models: [chatbot]
            """, "site.yml", diagnostics);
        Assert.Empty(diagnostics.Items);
        var taxonomy = TopicTaxonomy.From(config.Topics, diagnostics);
        Assert.Equal(DefaultTaxonomy.Topics.Count + 1, taxonomy.Count);
        Assert.Equal(["chatbot"], taxonomy.Single(t => t.Name == "language models").Phrases);

        var builder = new TopicCatalogBuilder(config.Topics, diagnostics);
        var ids = builder.TopicIdsFor(new Paper { Key = "k", Title = "Qubits for chatbots", Abstract = "A chatbot on a quantum circuit, a chatbot.", Sources = [new SourceLocation("x.txt", 1)] });
        Assert.Equal(["language-models"], ids); // 4 (title) + 2 (abstract) beats 4 + 1
    }

    [Fact]
    public void Defaults_can_be_turned_off()
    {
        var config = SiteConfigLoader.Parse("topics: { defaults: false, taxonomy: { Cats: [cat] } }", "site.yml", new DiagnosticBag());
        Assert.Equal(["Cats"], TopicTaxonomy.From(config.Topics, new DiagnosticBag()).Select(t => t.Name));
    }
}
