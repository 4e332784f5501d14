using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Export.Listings;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Reading;

namespace SiteGen.Tests.Export;

/// <summary>Each listing writer's output parses back (through ParseStage) to the records written.</summary>
public sealed class ListingWriterTests
{
    private static readonly SourceLocation Nowhere = new("test", 1);

    private static PaperRecord Record(string title, PartialDate date, params PersonName[] authors) => new()
    {
        Title = title,
        Authors = authors,
        Date = date,
        Abstract = $"We study {title.ToLowerInvariant()} and report results on three benchmarks.",
        Source = Nowhere,
        Format = ListingFormat.CategoryListing,
    };

    private static readonly PersonName Anna = new("Anna", "Keller");
    private static readonly PersonName Robert = new("Robert", "van der Klis");
    private static readonly PersonName Benjamin = new("Benjamin F.", "Grewe");
    private static readonly PersonName Aurelien = new("Aurélien", "Lucchi");

    private static (ParsedListing Listing, DiagnosticBag Diagnostics) ParseBack(string fileName, string text)
    {
        var diagnostics = new DiagnosticBag();
        var listings = ParseStage.Run([SourceText.FromString(fileName, text)], SiteConfig.Default, diagnostics);
        return (Assert.Single(listings), diagnostics);
    }

    private static string Written(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    [Fact]
    public void Publication_list_round_trips_titles_authors_and_owner()
    {
        PaperRecord[] records =
        [
            Record("Implicit Language Models are RNNs", PartialDate.Unknown, Anna, Robert, Benjamin),
            Record("MAIRA-Seg: Segmentation-Aware Report Generation", PartialDate.Unknown, Aurelien, Anna),
            Record("A Critical Review of Causal Reasoning Benchmarks", PartialDate.Unknown, Benjamin),
        ];
        var text = Written(w => PublicationListWriter.Write(records, w, Anna));

        var (listing, diagnostics) = ParseBack("000_list.txt", text);

        Assert.Equal(ListingFormat.PublicationList, listing.Format);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(records.Select(r => r.Title), listing.Records.Select(r => r.Title));
        Assert.Equal(records.Select(r => r.Authors), listing.Records.Select(r => r.Authors), SequenceComparer);
        Assert.Equal(records.Select(r => r.Abstract), listing.Records.Select(r => r.Abstract));
        Assert.All(listing.Records, r => Assert.Equal(Anna, r.ListOwner));
    }

    [Fact]
    public void Daily_page_round_trips_titles_counts_organisations_upvotes_and_yearless_dates()
    {
        PaperRecord[] records =
        [
            Record("Quantifying the Sensitivity of Inverse Reinforcement Learning", new PartialDate(2024, 3, 11)) with { AuthorCount = 2 },
            Record("The Reversal Curse: LLMs trained on \"A is B\" fail", new PartialDate(2023, 9, 21)) with { AuthorCount = 7, Upvotes = 12 },
            Record("Retro-Search: Exploring Untaken Paths", new PartialDate(2025, 4, 6)) with { AuthorCount = 1, Upvotes = 3 },
            Record("Discrete Diffusion Models with MLLMs", new PartialDate(2025, 10, 23)) with { Organisation = "UCSC-VLAA" },
        ];
        var text = Written(w => DailyPapersWriter.Write(records, w, new PartialDate(2025, 12, 9)));

        var (listing, diagnostics) = ParseBack("001_daily.txt", text);

        Assert.Equal(ListingFormat.DailyPapers, listing.Format);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(records.Select(r => r.Title), listing.Records.Select(r => r.Title));
        Assert.Equal(records.Select(r => r.Abstract), listing.Records.Select(r => r.Abstract));
        Assert.Equal([2, 7, 1, null], listing.Records.Select(r => r.AuthorCount));
        Assert.Equal([null, 12, 3, null], listing.Records.Select(r => r.Upvotes));
        Assert.Equal("UCSC-VLAA", listing.Records[3].Organisation);
        Assert.Equal(records.Select(r => r.Date.ToIso()), listing.Records.Select(r => r.Date.ToIso()));
    }

    [Fact]
    public void Daily_page_leaves_the_page_year_out_and_the_parser_infers_it_as_max_year_plus_one()
    {
        PaperRecord[] records =
        [
            Record("Older Paper", new PartialDate(2024, 3, 11)) with { AuthorCount = 2 },
            Record("This Year's Paper", new PartialDate(2025, 4, 6)) with { AuthorCount = 3 },
        ];
        var text = Written(w => DailyPapersWriter.Write(records, w, new PartialDate(2025, 12, 9)));

        Assert.Contains("\nMar 11, 2024\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\nApr 6\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var parsed = ParseBack("004_daily.txt", text).Listing.Records;
        Assert.Equal(new PartialDate(2025, 4, 6) { YearInferred = true }, parsed[1].Date);
        Assert.False(parsed[0].Date.YearInferred);
    }

    [Fact]
    public void Category_listing_round_trips_glued_titles_and_authors_scores_codes_and_affiliations()
    {
        PaperRecord[] records =
        [
            Record("Simplifying Transformer Blocks", new PartialDate(2023, 11, 3), Anna, Aurelien) with
                { Category = "LG", Score = 99.8, HasCode = true, AuthorsTruncated = true, Affiliations = ["eth-zurich"] },
            Record("Lorentz Invariance in Neutron Star Timing", new PartialDate(2019, 8, 15), Robert, Benjamin) with
                { Category = "COMP-PH", HasCode = true },
            Record("When Does Sparsity Help the Curse of Depth in LLMs", new PartialDate(2024, 3, 16), Benjamin, Anna, Robert) with
                { Category = "CL", Score = 7, Affiliations = ["deepmind", "princeton"] },
        ];
        var text = Written(w => CategoryListingWriter.Write(records, w, pageYear: 2024));

        var (listing, diagnostics) = ParseBack("003_cat.txt", text);

        Assert.Equal(ListingFormat.CategoryListing, listing.Format);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(records.Select(r => r.Title), listing.Records.Select(r => r.Title));
        Assert.Equal(records.Select(r => r.Authors), listing.Records.Select(r => r.Authors), SequenceComparer);
        Assert.Equal(records.Select(r => r.Date.ToIso()), listing.Records.Select(r => r.Date.ToIso()));
        Assert.True(listing.Records[2].Date.YearInferred); // 2024 is the page year: written "Mar 16", inferred as 2023 + 1
        Assert.Equal(records.Select(r => r.Category), listing.Records.Select(r => r.Category));
        Assert.Equal(records.Select(r => r.Score), listing.Records.Select(r => r.Score));
        Assert.Equal(records.Select(r => r.HasCode), listing.Records.Select(r => r.HasCode));
        Assert.Equal(records.Select(r => r.AuthorsTruncated), listing.Records.Select(r => r.AuthorsTruncated));
        Assert.Equal(records.Select(r => r.Affiliations), listing.Records.Select(r => r.Affiliations), SequenceComparer);
    }

    [Fact]
    public void Writers_put_multi_line_text_on_one_line_so_entries_stay_whole()
    {
        PaperRecord[] records = [Record("Title Over\nTwo Lines", new PartialDate(2024, 1, 2)) with { AuthorCount = 2, Abstract = "First.\n\nSecond." }];
        var parsed = ParseBack("d.txt", Written(w => DailyPapersWriter.Write(records, w, new PartialDate(2025, 1, 1)))).Listing.Records;
        Assert.Equal("Title Over Two Lines", Assert.Single(parsed).Title);
        Assert.Equal("First. Second.", parsed[0].Abstract);
    }

    [Fact]
    public void Writers_refuse_a_year_the_listing_formats_cannot_print()
    {
        PaperRecord[] records = [Record("Ancient Paper", new PartialDate(999, 3, 1), Anna) with { Category = "LG", AuthorCount = 1 }];

        var category = Assert.Throws<ArgumentException>(() => CategoryListingWriter.Write(records, TextWriter.Null, pageYear: 2024));
        var daily = Assert.Throws<ArgumentException>(() => DailyPapersWriter.Write(records, TextWriter.Null, new PartialDate(2024, 1, 1)));
        Assert.Contains("four-digit year", category.Message, StringComparison.Ordinal);
        Assert.Contains("four-digit year", daily.Message, StringComparison.Ordinal);
    }

    private static readonly IEqualityComparer<IEnumerable<object>> SequenceComparer = new SequenceEquality();

    private sealed class SequenceEquality : IEqualityComparer<IEnumerable<object>>
    {
        public bool Equals(IEnumerable<object>? x, IEnumerable<object>? y) =>
            x is null ? y is null : y is not null && x.SequenceEqual(y);

        public int GetHashCode(IEnumerable<object> obj) => 0;
    }
}
