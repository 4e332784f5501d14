using SiteGen.Model;

namespace SiteGen.Tests.Parsing;

/// <summary>The page-year rule for dates written without a year, and site.yml's pin.</summary>
public sealed class YearlessDateTests
{
    private const string NoYearAnywhere =
        "Daily Papers\n\nMar 2\n\nA Paper Without A Year\n\nAn abstract.\n\n  • 2 authors\n·\nMar 1\n";

    [Fact]
    public void With_no_explicit_year_the_current_year_is_assumed_and_reported_at_the_entry()
    {
        var (result, diagnostics) = TempInput.IngestOne("daily.txt", NoYearAnywhere);

        var record = Assert.Single(result.Records);
        Assert.Equal(new PartialDate(DateTime.UtcNow.Year, 3, 1) { YearInferred = true }, record.Date);
        var d = Assert.Single(diagnostics.Items);
        Assert.Equal(new SourceLocation("daily.txt", 5), d.Location);
        Assert.Contains("listing_years", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_pinned_for_the_file_in_site_yml_wins_and_silences_the_warning()
    {
        using var input = new TempInput()
            .With("daily.txt", NoYearAnywhere)
            .With("site.yml", "listing_years:\n  daily.txt: 2019\n");
        var (result, diagnostics) = input.Ingest();

        Assert.Equal(new PartialDate(2019, 3, 1) { YearInferred = true }, Assert.Single(result.Records).Date);
        Assert.Empty(diagnostics.Items);
    }
}
