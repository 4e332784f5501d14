using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Reading;

namespace SiteGen.Tests.Parsing;

/// <summary>Publication-list cases the writer → parser round-trip property found (ListingRoundTripTests).</summary>
public sealed class PublicationListParserTests
{
    private static (ParsedListing? Listing, DiagnosticBag Diagnostics) Parse(params string[] lines)
    {
        var diagnostics = new DiagnosticBag();
        var listings = ParseStage.Run([new SourceText("000_list.txt", lines)], SiteConfig.Default, diagnostics);
        return (listings.SingleOrDefault(), diagnostics);
    }

    [Fact]
    public void Family_names_with_a_joined_lower_case_article_are_author_names()
    {
        var (listing, diagnostics) = Parse(
            "Bach, Francis",
            "Smooth Optimization with Approximate Gradient",
            "d'Aspremont, Alexandre, al-Khwarizmi, Muhammad, Bach, Francis",
            "We show that accelerated methods need only approximate gradients.");

        Assert.NotNull(listing);
        Assert.Empty(diagnostics.Items);
        var record = Assert.Single(listing.Records);
        Assert.Equal([new PersonName("Alexandre", "d'Aspremont"), new PersonName("Muhammad", "al-Khwarizmi"), new PersonName("Francis", "Bach")], record.Authors);
    }

    [Fact]
    public void A_lower_case_word_that_is_no_particle_or_article_still_makes_a_line_no_author_list()
    {
        var (listing, diagnostics) = Parse(
            "Bach, Francis",
            "A Title",
            "dAspremont, Alexandre",
            "An abstract.");

        Assert.Null(listing);
        Assert.Contains("not a recognised listing", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_one_paper_without_an_abstract_is_still_a_publication_list()
    {
        var (listing, diagnostics) = Parse("LaGuardia, LeBron", "One Paper So Far", "LaGuardia, LeBron, Ng, Andrew");

        Assert.NotNull(listing);
        Assert.Equal(ListingFormat.PublicationList, listing.Format);
        var record = Assert.Single(listing.Records);
        Assert.Equal("One Paper So Far", record.Title);
        Assert.Equal("", record.Abstract);
        Assert.Equal("000_list.txt(2): warning: entry has no abstract line; kept without one", Assert.Single(diagnostics.Items).ToString());
    }
}
