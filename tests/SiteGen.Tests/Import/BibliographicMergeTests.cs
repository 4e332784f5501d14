using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using static SiteGen.Tests.Merging.Listings;

namespace SiteGen.Tests.Import;

/// <summary>Bibliographic fields through the merge: richest source per field, keys and keywords kept from all.</summary>
public sealed class BibliographicMergeTests
{
    private static Paper MergeOne(params PaperRecord[] records) =>
        Assert.Single(MergeStage.Run(Of(records), SiteConfig.Default, new DiagnosticBag()).Papers);

    [Fact]
    public void The_richest_source_wins_each_field_and_every_key_and_keyword_is_kept()
    {
        var listing = Paper("Shared Paper", "Ann Smith");
        var ris = Paper("Shared paper") with
        {
            Venue = "Journal From RIS",
            Bibliographic = new Bibliographic { EntryType = "article", Doi = "10.1/ris", CitationKeys = ["risKey"], Keywords = ["Graphs"] },
        };
        var bib = Paper("Shared Paper") with
        {
            Venue = "Conference From BibTeX",
            Bibliographic = new Bibliographic
            {
                EntryType = "inproceedings", CitationKeys = ["bibKey"], ArxivId = "2401.00001", Url = "https://example.org/p",
                Keywords = ["graphs", "Trees"], Selected = true,
                Links = new Dictionary<string, string> { ["pdf"] = "https://example.org/p.pdf", ["code"] = "https://example.org/code" },
            },
        };

        var paper = MergeOne(listing, ris, bib);

        Assert.Equal("Conference From BibTeX", paper.Venue);
        Assert.Equal("inproceedings", paper.Bibliographic.EntryType);
        Assert.Equal("10.1/ris", paper.Bibliographic.Doi); // only the poorer source has a DOI: it still counts
        Assert.Equal("2401.00001", paper.Bibliographic.ArxivId);
        Assert.Equal(["bibKey", "risKey"], paper.Bibliographic.CitationKeys);
        Assert.Equal(["graphs", "Trees"], paper.Bibliographic.Keywords); // case-insensitive union
        Assert.True(paper.Featured);
        Assert.True(paper.HasCode);
        Assert.Equal("https://example.org/p.pdf", paper.Links["pdf"]);
        Assert.Equal(3, paper.Sources.Count);
        Assert.Equal("Ann Smith", Assert.Single(paper.Authors).Name.Display);
    }

    [Fact]
    public void Papers_from_listings_alone_keep_no_bibliographic_fields()
    {
        var paper = MergeOne(Paper("Only Listed", "Ann Smith"), Paper("only listed"));
        Assert.Null(paper.Venue);
        Assert.Same(Bibliographic.None, paper.Bibliographic);
        Assert.False(paper.Featured);
    }
}
