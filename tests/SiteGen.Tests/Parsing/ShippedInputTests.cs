using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Parsing;

/// <summary>The exact expectations on the five shipped listings (issue 2).</summary>
public sealed class ShippedInputTests
{
    private static readonly Lazy<(IngestResult Result, DiagnosticBag Diagnostics)> Shipped = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return (IngestPipeline.Run(RepoPaths.Input, diagnostics), diagnostics);
    });

    private static IReadOnlyList<PaperRecord> Records => Shipped.Value.Result.Records.ToList();

    private static PaperRecord ByTitleStart(string start) =>
        Records.Single(r => r.Title.StartsWith(start, StringComparison.Ordinal));

    [Theory]
    [InlineData("000_9a4dbc02369aa836.txt", ListingFormat.PublicationList, 10)]
    [InlineData("001_083806b9c7bcd6f3.txt", ListingFormat.DailyPapers, 52)]
    [InlineData("002_8c336f5118ebe0c6.txt", ListingFormat.DailyPapers, 66)]
    [InlineData("003_9136ab26263cb17e.txt", ListingFormat.CategoryListing, 50)]
    [InlineData("004_489358ae0481cf6f.txt", ListingFormat.DailyPapers, 33)]
    public void Each_listing_is_detected_and_fully_parsed(string file, ListingFormat format, int count)
    {
        var listing = Shipped.Value.Result.Listings.Single(l => l.File == file);
        Assert.Equal(format, listing.Format);
        Assert.Equal(count, listing.Records.Count);
    }

    [Fact]
    public void All_211_entries_are_parsed()
    {
        Assert.Equal(211, Records.Count);
        Assert.All(Records, r => Assert.False(string.IsNullOrWhiteSpace(r.Title)));
    }

    [Theory]
    [InlineData("001_083806b9c7bcd6f3.txt(301)", "Dale meets Langevin: A Multiplicative Denoising Diffusion Model", "Gradient descent has proven")]
    [InlineData("002_8c336f5118ebe0c6.txt(157)", "Taming Masked Diffusion Language Models via Consistency Trajectory Reinforcement Learning with Fewer Decoding Step", "Masked diffusion language models (MDLMs)")]
    [InlineData("004_489358ae0481cf6f.txt(269)", "A Probabilistic Inference Approach to Inference-Time Scaling of LLMs using Particle-Based Monte Carlo Methods", "Large language models (LLMs) have achieved")]
    public void The_three_entries_cut_short_in_the_source_are_papers_with_no_authors_and_no_date(string at, string title, string abstractStart)
    {
        var record = Records.Single(r => r.Source.ToString() == at);
        Assert.Equal(title, record.Title);
        Assert.StartsWith(abstractStart, record.Abstract, StringComparison.Ordinal);
        Assert.Empty(record.Authors);
        Assert.Null(record.AuthorCount);
        Assert.True(record.Date.IsUnknown);
        Assert.Equal(EntryGaps.NoAuthors | EntryGaps.NoDate, record.Gaps);
    }

    [Fact]
    public void Parsing_reports_nothing_and_only_the_three_cut_entries_have_gaps()
    {
        // What they lack is reported once the user's corrections are known (ShippedMergeTests).
        Assert.Empty(Shipped.Value.Diagnostics.Items);
        Assert.Equal(3, Records.Count(r => r.Gaps != EntryGaps.None));
    }

    [Theory]
    [InlineData("When Does Sparsity", "Curse of Depth in LLMs", "Dilxat Muhtar")]
    [InlineData("Cosmology from Galaxy", "with PointNet", "Sotiris Anagnostidis")]
    [InlineData("The Non-Linear Representation Dilemma", "Interpretability?", "Denis Sutter")]
    [InlineData("FullFlow", "Vision--Language Generation", "Eric Tillmann Bill")]
    [InlineData("Flash PD-SSM", "Sparse State-Space Models", "Aleksandar Terzić")]
    [InlineData("Simplifying Transformer Blocks", "Simplifying Transformer Blocks", "Bobby He")]
    public void Category_titles_and_first_authors_are_split_correctly(string titleStart, string titleEnd, string firstAuthor)
    {
        var record = Records.Single(r => r.Format == ListingFormat.CategoryListing
                                         && r.Title.StartsWith(titleStart, StringComparison.Ordinal)
                                         && r.Title.EndsWith(titleEnd, StringComparison.Ordinal));
        Assert.Equal(firstAuthor, record.Authors[0].Display);
    }

    [Fact]
    public void Publication_list_names_are_family_comma_given()
    {
        var maira = ByTitleStart("MAIRA-Seg");
        Assert.Contains(new PersonName("Daniel C.", "Castro"), maira.Authors);
        Assert.Equal(new PersonName("Harshita", "Sharma"), maira.Authors[0]);
        Assert.Equal(16, maira.Authors.Count);
        Assert.Equal(new PersonName("Fabian", "Falck"), maira.ListOwner);
        Assert.True(maira.Date.IsUnknown);
    }

    [Fact]
    public void Particles_stay_with_the_family_name_and_et_al_is_never_an_author()
    {
        var lorentz = Records.Single(r => r.Authors.Any(a => a.Given == "Robert" && a.Family == "van der Klis"));
        Assert.True(lorentz.AuthorsTruncated);
        Assert.DoesNotContain(Records.SelectMany(r => r.Authors), a => a.Display.Contains("et al", StringComparison.Ordinal));
        Assert.Contains(Records.SelectMany(r => r.Authors), a => a == new PersonName("Dimitri", "von Rütte"));
        Assert.Contains(Records.SelectMany(r => r.Authors), a => a == new PersonName("Benjamin F.", "Grewe"));
    }

    [Fact]
    public void Category_meta_lines_give_score_category_date_and_code()
    {
        var first = Records.Single(r => r.Format == ListingFormat.CategoryListing && r.Score == 99.8);
        Assert.Equal("CL", first.Category);
        Assert.True(first.HasCode);
        // 003 shows 2025 as its latest explicit year, so yearless "Mar 16" is 2026.
        Assert.Equal(new PartialDate(2026, 3, 16) { YearInferred = true }, first.Date);

        var compPh = Records.Single(r => r.Category == "COMP-PH");
        Assert.Equal(new PartialDate(2019, 8, 15), compPh.Date);
        Assert.True(compPh.HasCode);
        Assert.Null(compPh.Score);
    }

    [Fact]
    public void Daily_entries_keep_count_or_organisation_date_and_upvotes()
    {
        var reversal = ByTitleStart("The Reversal Curse: LLMs trained");
        Assert.Equal(7, reversal.AuthorCount);
        Assert.Empty(reversal.Authors);
        Assert.Equal(new PartialDate(2023, 9, 21), reversal.Date);
        Assert.Null(reversal.Upvotes);

        var diffusion = ByTitleStart("The Principles of Diffusion Models");
        Assert.Equal(3, diffusion.Upvotes);
        Assert.True(diffusion.Date.YearInferred);
        Assert.Equal(2025, diffusion.Date.Year); // 001's latest explicit year is 2024

        var vlaa = ByTitleStart("Discrete Diffusion Models with MLLMs");
        Assert.Equal("UCSC-VLAA", vlaa.Organisation);
        Assert.Null(vlaa.AuthorCount);
    }

    [Fact]
    public void Every_record_knows_its_file_and_line()
    {
        var reversal = ByTitleStart("The Reversal Curse: LLMs trained");
        Assert.Equal(new SourceLocation("001_083806b9c7bcd6f3.txt", 21), reversal.Source);
        Assert.All(Records, r => Assert.True(r.Source.Line > 0));
    }
}
