using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using static SiteGen.Tests.Merging.Listings;

namespace SiteGen.Tests.Merging;

/// <summary>One paper per folded title, fields from the richest source (issue 5), on synthetic records.</summary>
public sealed class PaperMergeTests
{
    private static Catalog Merge(params PaperRecord[] records) => MergeStage.Run(Of(records), SiteConfig.Default, new DiagnosticBag());

    [Fact]
    public void Titles_equal_after_folding_case_punctuation_accents_and_spaces_are_one_paper()
    {
        var catalog = Merge(Paper("Naïve  Bayes: Revisited!"), Paper("naive bayes -- revisited"), Paper("Naive Bayes Revisited Again"));
        Assert.Equal(2, catalog.Papers.Count);
        Assert.Equal(2, catalog.Papers.Single(p => p.Key == "naive bayes revisited").Sources.Count);
    }

    [Fact]
    public void Titles_differing_only_in_case_with_different_abstracts_are_merged_and_reported_with_both_sources()
    {
        var first = Paper("Deep Sets") with
        {
            Source = new SourceLocation("a.bib", 12),
            Abstract = "We study permutation invariant functions on sets and give a characterisation of them.",
        };
        var second = Paper("DEEP SETS") with
        {
            Source = new SourceLocation("b.txt", 40),
            Abstract = "A poem in four parts about the deep sets of tennis matches played at dusk.",
        };
        var diagnostics = new DiagnosticBag();

        var paper = Assert.Single(MergeStage.Run(Of(first, second), SiteConfig.Default, diagnostics).Papers);

        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(second.Source, warning.Location);
        Assert.Contains("'DEEP SETS' is merged with 'Deep Sets' (a.bib(12))", warning.Message, StringComparison.Ordinal);
        Assert.Contains("the page shows the abstract from a.bib(12)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(first.Abstract, paper.Abstract);
    }

    [Fact]
    public void The_same_abstract_cut_short_or_the_same_title_is_no_conflict()
    {
        var full = Paper("Deep Sets") with { Abstract = "We study permutation invariant functions on sets and give a characterisation of them." };
        var cut = Paper("DEEP SETS") with { Abstract = "We study permutation invariant functions on sets" };
        var same = Paper("Deep Sets") with { Abstract = "An entirely different abstract, from a listing that names the title the same way." };
        var diagnostics = new DiagnosticBag();

        Assert.Single(MergeStage.Run(Of(full, cut, same), SiteConfig.Default, diagnostics).Papers);

        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Of_two_abstracts_that_say_the_same_the_one_with_less_TeX_is_shown_and_no_conflict_reported()
    {
        var tex = Paper("Causal Abstraction") with { Abstract = @"Our maps reach 100\% accuracy on $\mathcal{O}(n)$ tasks, \emph{without} tuning." };
        var plain = Paper("CAUSAL ABSTRACTION") with { Abstract = "Our maps reach 100% accuracy on O(n) tasks, without tuning." };
        var diagnostics = new DiagnosticBag();

        var paper = Assert.Single(MergeStage.Run(Of(tex, plain), SiteConfig.Default, diagnostics).Papers);

        Assert.Equal(plain.Abstract, paper.Abstract);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void An_abstract_with_less_TeX_that_says_less_does_not_replace_the_richer_one()
    {
        var rich = Paper("Causal Abstraction") with { Abstract = @"Our maps reach 100\% accuracy on $\mathcal{O}(n)$ tasks, and transfer to new models." };
        var plain = Paper("Causal Abstraction") with { Abstract = "Our maps reach 100% accuracy on O(n) tasks." };

        var paper = Assert.Single(Merge(plain, rich).Papers);

        Assert.Equal(rich.Abstract, paper.Abstract);
    }

    [Fact]
    public void Each_field_comes_from_the_source_that_has_it()
    {
        var daily = Paper("Shared Paper") with
        {
            AuthorCount = 3, Upvotes = 7, Date = new PartialDate(2025, 4, 2) { YearInferred = true },
            Abstract = "A much longer abstract than the other listing gives.", Format = ListingFormat.DailyPapers,
        };
        var category = Paper("Shared paper", "Ann Other", "Bob Ross", "Cy Young") with
        {
            Category = "LG", HasCode = true, Upvotes = 2, Date = new PartialDate(2025, 4, 2), Abstract = "Short.",
        };
        var undated = Paper("SHARED PAPER", "Ann Other") with { AuthorsTruncated = true, Upvotes = null };

        var paper = Assert.Single(Merge(daily, category, undated).Papers);
        Assert.Equal(["Ann Other", "Bob Ross", "Cy Young"], paper.Authors.Select(a => a.Name.Display));
        Assert.False(paper.AuthorsTruncated);
        Assert.Equal("Shared paper", paper.Title); // the title as the named list writes it
        Assert.Equal(new PartialDate(2025, 4, 2), paper.Date);
        Assert.False(paper.Date.YearInferred);
        Assert.True(paper.HasCode);
        Assert.Equal(7, paper.Upvotes);
        Assert.Equal(3, paper.AuthorCount);
        Assert.Equal(daily.Abstract, paper.Abstract);
        Assert.Equal(3, paper.Sources.Count);
        Assert.Equal("machine-learning", paper.TopicIds[0]);
    }

    [Fact]
    public void Near_duplicate_titles_are_reported_not_merged()
    {
        var catalog = Merge(Paper("Primordial colours of trans-Neptunian objects"), Paper("Primordial colors of trans-Neptunian objects"), Paper("Something else entirely"));
        Assert.Equal(3, catalog.Papers.Count);
        var duplicate = Assert.Single(NearDuplicateFinder.Find(catalog.Papers));
        Assert.True(duplicate.Similarity is > 0.9 and < 1);
    }

    [Fact]
    public void Similar_but_different_titles_are_not_near_duplicates()
    {
        var catalog = Merge(
            Paper("CLIP-Guided Vision-Language Pre-training for Question Answering in 3D Scenes"),
            Paper("Multi-CLIP: Contrastive Vision-Language Pre-training for Question Answering tasks in 3D Scenes"));
        Assert.Empty(NearDuplicateFinder.Find(catalog.Papers));
    }

    [Fact]
    public void Titles_that_differ_in_a_number_are_not_near_duplicates()
    {
        var catalog = Merge(Paper("Grounded Radiology Report Generation v2"), Paper("Grounded Radiology Report Generation v3"),
                            Paper("Paper Number 123"), Paper("Paper Number 124"));
        Assert.Empty(NearDuplicateFinder.Find(catalog.Papers));
    }

    [Fact]
    public void Papers_are_ordered_newest_first_then_by_title_with_undated_last()
    {
        var catalog = Merge(
            Paper("B undated"),
            Paper("Old") with { Date = new PartialDate(2019, null, null) },
            Paper("A undated"),
            Paper("New in March") with { Date = new PartialDate(2025, 3, 1) },
            Paper("New in May") with { Date = new PartialDate(2025, 5, 1) });
        Assert.Equal(["New in May", "New in March", "Old", "A undated", "B undated"], catalog.Papers.Select(p => p.Title));
    }
}

/// <summary>Members lead the author index (issue 5).</summary>
public sealed class AuthorIndexOrderTests
{
    [Fact]
    public void Members_come_first_then_authors_by_folded_family_name()
    {
        Author Make(string given, string family, bool member = false) =>
            new() { Id = SiteGen.Text.Slugifier.Slugify($"{given} {family}"), Name = new PersonName(given, family), IsMember = member };
        var sorted = AuthorIndexOrder.Sort([Make("Zoe", "Zed"), Make("Olga", "Ötzi"), Make("Al", "Ames"), Make("Mo", "Member", member: true)]);
        Assert.Equal(["Member", "Ames", "Ötzi", "Zed"], sorted.Select(a => a.Name.Family));
    }
}
