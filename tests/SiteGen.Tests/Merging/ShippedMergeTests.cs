using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Merging;

/// <summary>Identities on the shipped input (issues 5, 14): 208 papers, one page per person.</summary>
public sealed class ShippedMergeTests
{
    private static Catalog Catalog => ShippedCatalog.Catalog;

    private static IReadOnlyList<Author> WithFamily(string family) =>
        Catalog.Authors.Values.Where(a => a.Variants.Any(v => v.Family == family)).ToList();

    [Fact]
    public void The_211_entries_make_208_papers()
    {
        Assert.Equal(208, Catalog.Papers.Count);
        Assert.Equal(208, Catalog.Papers.Select(p => p.Key).Distinct().Count());
        Assert.Equal(211, Catalog.Papers.Sum(p => p.Sources.Count));
    }

    [Theory]
    [InlineData("Cognitively Inspired Energy-Based World Models", "001_083806b9c7bcd6f3.txt(181)", "004_489358ae0481cf6f.txt(197)")]
    [InlineData("Is the Reversal Curse a Binding Problem?", "001_083806b9c7bcd6f3.txt(369)", "002_8c336f5118ebe0c6.txt(85)")]
    [InlineData("The Non-Linear Representation Dilemma", "002_8c336f5118ebe0c6.txt(433)", "003_9136ab26263cb17e.txt(133)")]
    public void A_paper_in_two_listings_is_one_paper_that_keeps_both_sources(string titleStart, string first, string second)
    {
        var paper = ShippedCatalog.PaperStartingWith(titleStart);
        Assert.Equal([first, second], paper.Sources.Select(s => s.ToString()));
    }

    [Fact]
    public void A_merged_paper_takes_names_category_and_a_written_year_from_the_richer_listing()
    {
        var paper = ShippedCatalog.PaperStartingWith("The Non-Linear Representation Dilemma");
        Assert.Equal("Denis Sutter", paper.Authors[0].Name.Display);
        Assert.Equal(new PartialDate(2025, 7, 11), paper.Date); // 003 writes the year; 002 only implies it
        Assert.Contains(ShippedCatalog.TopicsOf(paper), t => t.Code == "LG");
    }

    [Fact]
    public void Aurelien_Lucchi_has_one_author_page()
    {
        var lucchi = Assert.Single(WithFamily("Lucchi"));
        Assert.Equal("Aurélien Lucchi", lucchi.Name.Display);
        Assert.Equal(["Aurelien", "Aurélien"], lucchi.Variants.Select(v => v.Given).Order(StringComparer.Ordinal));
        Assert.True(Catalog.Papers.Count(p => p.Authors.Any(a => a.AuthorId == lucchi.Id)) >= 2);
    }

    [Fact]
    public void Chris_Holmes_and_Mercy_Ranjit_each_have_one_author_page()
    {
        Assert.Equal("Christopher C Holmes", Assert.Single(WithFamily("Holmes")).Name.Display);
        Assert.Equal("Mercy Prasanna Ranjit", Assert.Single(WithFamily("Ranjit")).Name.Display);
    }

    [Fact]
    public void Two_people_called_Li_stay_apart()
    {
        Assert.Equal(["Chuning Li", "Mufan Bill Li"], WithFamily("Li").Select(a => a.Name.Display).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_publication_list_owner_is_a_member()
    {
        var members = Catalog.Authors.Values.Where(a => a.IsMember).ToList();
        Assert.Equal("Fabian Falck", Assert.Single(members).Name.Display);
    }

    [Fact]
    public void Check_reports_the_colours_colors_near_duplicate_and_no_unsettled_names()
    {
        var duplicate = Assert.Single(ShippedCatalog.Report.NearDuplicates);
        Assert.Contains("colours", duplicate.First.Title + duplicate.Second.Title, StringComparison.Ordinal);
        Assert.Contains("Colors", duplicate.First.Title + duplicate.Second.Title, StringComparison.Ordinal);
        Assert.Empty(ShippedCatalog.Report.PossibleSamePeople);
        Assert.Equal(2, ShippedCatalog.Report.MergedByEvidence.Count);
    }

    [Fact]
    public void Merging_reports_nothing()
    {
        Assert.Empty(ShippedCatalog.Diagnostics.Items);
    }

    [Fact]
    public void Ids_are_url_safe_and_every_credit_names_a_catalog_author()
    {
        Assert.All(Catalog.Authors, kv =>
        {
            Assert.Equal(kv.Key, kv.Value.Id);
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", kv.Key);
        });
        Assert.All(Catalog.Papers.SelectMany(p => p.Authors), c => Assert.True(Catalog.Authors.ContainsKey(c.AuthorId)));
    }

    [Fact]
    public void Papers_are_newest_first()
    {
        var years = Catalog.Papers.Select(p => p.Date.Year ?? 0).ToList();
        Assert.Equal(years.OrderDescending(), years);
    }

    [Fact]
    public void The_catalog_does_not_depend_on_the_order_of_the_listings()
    {
        var ingest = IngestPipeline.Run(RepoPaths.Input, new DiagnosticBag());
        var reversed = ingest.Listings.Reverse()
            .Select(l => new ParsedListing(l.File, l.Format, l.Records.Reverse().ToList()))
            .ToList();
        var other = MergeStage.Run(reversed, ingest.Config, new DiagnosticBag());

        Assert.Equal(Catalog.Papers.Select(p => (p.Key, p.Title, p.Date, string.Join(",", p.TopicIds), string.Join(",", p.Authors.Select(a => a.AuthorId)))),
                     other.Papers.Select(p => (p.Key, p.Title, p.Date, string.Join(",", p.TopicIds), string.Join(",", p.Authors.Select(a => a.AuthorId)))));
        Assert.Equal(Catalog.Authors.Keys.Order(StringComparer.Ordinal), other.Authors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Catalog.Topics.Keys.Order(StringComparer.Ordinal), other.Topics.Keys.Order(StringComparer.Ordinal));
    }
}
