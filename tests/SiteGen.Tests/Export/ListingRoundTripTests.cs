using FsCheck;
using FsCheck.Fluent;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Export.Listings;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Reading;
using SiteGen.Tests.Import;

namespace SiteGen.Tests.Export;

/// <summary>
/// Property: records written in a listing format by its writer parse back (through
/// ParseStage: detection, the shared name lexicon, the year rule) to the same records,
/// for every field the format carries. The page year is pinned as site.yml would pin it,
/// so a date in the page's own year, written without its year, comes back with it inferred.
/// </summary>
public sealed class ListingRoundTripTests
{
    private static readonly Config Runs = PropertyRuns.Quick(200);

    [Fact]
    public void Category_listing_round_trip_keeps_titles_names_dates_and_flags() =>
        Check.One(Runs, Prop.ForAll(ListingRecordGenerators.Page(ListingRecordGenerators.CategoryRecord), page =>
        {
            var (pageYear, records) = page;
            var text = Written(w => CategoryListingWriter.Write(records, w, pageYear));

            var parsed = ParseBack("003_category.txt", text, pageYear, ListingFormat.CategoryListing, EmptyAbstracts(records));

            AssertSame(records.Select(r => CategoryFields(r, r.Date.Year == pageYear)), parsed.Select(r => CategoryFields(r, r.Date.YearInferred)), text);
        }));

    [Fact]
    public void Daily_page_round_trip_keeps_titles_counts_organisations_dates_and_upvotes() =>
        Check.One(Runs, Prop.ForAll(ListingRecordGenerators.Page(ListingRecordGenerators.DailyRecord), page =>
        {
            var (pageYear, records) = page;
            var text = Written(w => DailyPapersWriter.Write(records, w, new PartialDate(pageYear, 12, 9)));

            var parsed = ParseBack("001_daily.txt", text, pageYear, ListingFormat.DailyPapers, EmptyAbstracts(records));

            AssertSame(records.Select(r => DailyFields(r, r.Date.Year == pageYear)), parsed.Select(r => DailyFields(r, r.Date.YearInferred)), text);
        }));

    [Fact]
    public void Publication_list_round_trip_keeps_titles_names_abstracts_and_owner()
    {
        var lists =
            from owner in ListingRecordGenerators.FullName
            from count in Gen.Choose(1, 8)
            from records in Gen.ArrayOf(ListingRecordGenerators.PublicationRecord, count)
            select (owner, records);
        Check.One(Runs, Prop.ForAll(lists.ToArbitrary(), list =>
        {
            var (owner, records) = list;
            var text = Written(w => PublicationListWriter.Write(records, w, owner));

            var parsed = ParseBack("000_list.txt", text, pageYear: null, ListingFormat.PublicationList, EmptyAbstracts(records));

            AssertSame(records.Select(PublicationFields), parsed.Select(PublicationFields), text);
            Assert.All(parsed, r => Assert.Equal(owner, r.ListOwner));
        }));
    }

    private static string Written(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    /// <summary>
    /// No format can write an empty abstract but by leaving it blank, and each parser reports
    /// such an entry ("kept without one"); nothing else may be reported.
    /// </summary>
    private static int EmptyAbstracts(PaperRecord[] records) => records.Count(r => r.Abstract.Length == 0);

    private static IReadOnlyList<PaperRecord> ParseBack(string fileName, string text, int? pageYear, ListingFormat format, int emptyAbstracts)
    {
        var diagnostics = new DiagnosticBag();
        var listings = ParseStage.Run([SourceText.FromString(fileName, text)], SiteConfig.Default with { ListingYear = pageYear }, diagnostics);

        var listing = Assert.Single(listings);
        Assert.Equal(format, listing.Format);
        var unexpected = diagnostics.Items.Where(d => !d.Message.Contains("no abstract", StringComparison.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0 && diagnostics.Items.Count == emptyAbstracts, string.Join("\n", diagnostics.Items) + "\n" + text);
        return listing.Records;
    }

    /// <summary>Compares field by field and shows the written file when they differ: that is what to read first.</summary>
    private static void AssertSame(IEnumerable<string> expected, IEnumerable<string> actual, string text)
    {
        var want = string.Join("\n---\n", expected);
        var got = string.Join("\n---\n", actual);
        if (want != got) Assert.Fail($"written:\n{text}\nexpected:\n{want}\nparsed:\n{got}");
    }

    private static string Names(IEnumerable<PersonName> names) => string.Join(" ; ", names.Select(n => $"{n.Given}|{n.Family}"));

    private static string CategoryFields(PaperRecord r, bool yearInferred) => string.Join("\n",
        $"title={r.Title}",
        $"authors={Names(r.Authors)} truncated={r.AuthorsTruncated} affiliations={string.Join(" ; ", r.Affiliations)}",
        $"category={r.Category} score={r.Score} code={r.HasCode} date={r.Date.ToIso()} inferred={yearInferred}",
        $"abstract={r.Abstract}");

    private static string DailyFields(PaperRecord r, bool yearInferred) => string.Join("\n",
        $"title={r.Title}",
        $"count={r.AuthorCount} organisation={r.Organisation} upvotes={r.Upvotes} date={r.Date.ToIso()} inferred={yearInferred}",
        $"abstract={r.Abstract}");

    private static string PublicationFields(PaperRecord r) => string.Join("\n",
        $"title={r.Title}",
        $"authors={Names(r.Authors)}",
        $"abstract={r.Abstract}");
}
