using System.Text.Json;
using SiteGen.Citation;
using SiteGen.Export;
using SiteGen.Model;

namespace SiteGen.Tests.Site;

/// <summary>
/// `sitegen export --format csl-json` as Zotero reads it: a cut author list is written as far
/// as it goes (no co-author "others"), and a record that only counts its authors names none.
/// </summary>
public sealed class CslJsonExportTests
{
    private static PaperRecord Record(string title) => new()
    {
        Title = title,
        Date = new PartialDate(2024, 3, null),
        Source = new SourceLocation("listing.txt", 1),
        Format = ListingFormat.CategoryListing,
    };

    private static List<JsonElement> AuthorsOf(params PaperRecord[] records)
    {
        using var stream = new MemoryStream();
        CslJsonWriter.Write(records.Select(Reference.Of), stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        return json.RootElement.EnumerateArray().Select(i => i.GetProperty("author").Clone()).ToList();
    }

    [Fact]
    public void A_list_cut_at_et_al_has_only_its_named_authors()
    {
        var cut = Record("Cut short") with { Authors = [new PersonName("Jane", "Doe"), new PersonName("Rick", "Roe")], AuthorsTruncated = true };

        var authors = AuthorsOf(cut)[0].EnumerateArray().ToList();

        Assert.Equal(["Doe", "Roe"], authors.Select(a => a.GetProperty("family").GetString()));
        Assert.DoesNotContain(authors, a => a.TryGetProperty("literal", out _));
    }

    [Fact]
    public void Counted_authors_export_an_empty_list_and_an_organisation_a_literal()
    {
        var counted = Record("Counted") with { AuthorCount = 7 };
        var byOrganisation = Record("By a lab") with { Organisation = "DeepMind", AuthorsTruncated = true };

        var authors = AuthorsOf(counted, byOrganisation);

        Assert.Equal(JsonValueKind.Array, authors[0].ValueKind);
        Assert.Equal(0, authors[0].GetArrayLength());
        Assert.Equal(["DeepMind"], authors[1].EnumerateArray().Select(a => a.GetProperty("literal").GetString()));
    }
}
