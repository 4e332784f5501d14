using SiteGen.Diagnostics;
using SiteGen.Permalinks;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Issue 15: permalinks are never lost. A map cut short or emptied is an error unless the user
/// says so; a build killed while saving the map leaves nothing that is read as input; the map
/// is never behind the live site; a removed paper's address is never handed to another.
/// </summary>
public sealed class PermalinkSafetyTests : IDisposable
{
    private const string Listing = """
        Doe, Jane
        A First Paper On Addresses
        Doe, Jane
        An abstract long enough to be one, about the first of three papers here.
        A Second Paper On Addresses
        Doe, Jane
        An abstract long enough to be one, about the second of three papers here.
        A Third Paper On Addresses
        Doe, Jane
        An abstract long enough to be one, about the third of three papers here.
        """;

    private readonly TestSite _site = new(copyShippedInput: false);

    public PermalinkSafetyTests() => _site.Write("list.txt", Listing);

    public void Dispose() => _site.Dispose();

    private string MapPath => Path.Combine(_site.Input, PermalinkMap.FileName);

    public static TheoryData<string> CutMaps => new()
    {
        "", // emptied
        "# Maintained by `sitegen build`\npapers:\n  \"a first paper on addresses\":\n    slug: a-first-paper-on-addresses\n", // cut short
        "papers:\n  \"a first paper on addresses\":\n    slug: a-first-paper-on-addresses\n  \"a second paper on", // cut mid-entry
    };

    [Theory]
    [MemberData(nameof(CutMaps))]
    public void A_map_with_fewer_papers_than_the_last_build_published_is_an_error_and_the_site_stays(string cut)
    {
        Assert.True(_site.Build().Written);
        var before = _site.Read("index.html");
        File.WriteAllText(MapPath, cut);

        Assert.False(_site.Build().Written);

        var error = Assert.Single(_site.Diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(PermalinkMap.FileName, error.Location.File);
        Assert.Equal(before, _site.Read("index.html"));
        Assert.Equal(cut, File.ReadAllText(MapPath)); // left for the user to restore
    }

    [Fact]
    public void A_lost_map_is_an_error_and_reset_permalinks_accepts_it()
    {
        Assert.True(_site.Build().Written);
        File.Delete(MapPath);

        Assert.False(_site.Build().Written);
        var error = Assert.Single(_site.Diagnostics.Items);
        Assert.Contains("last build published 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("--reset-permalinks", error.Message, StringComparison.Ordinal);

        Assert.True(_site.Build(resetPermalinks: true).Written);
        Assert.Equal(3, PermalinkMap.Load(_site.Input, new DiagnosticBag()).Entries.Count);
    }

    [Fact]
    public void A_map_left_half_saved_by_a_killed_build_is_not_read_as_a_listing_and_is_removed()
    {
        Assert.True(_site.Build(strict: true).Written);
        var map = File.ReadAllText(MapPath);
        // SiteGen before this issue named its temporary copy so; today's name is a dot-file.
        File.WriteAllText(MapPath + ".tmp", map[..(map.Length / 2)]);
        var current = Path.Combine(_site.Input, $".{PermalinkMap.FileName}.tmp-{int.MaxValue}-{Guid.NewGuid():N}");
        File.WriteAllText(current, map[..(map.Length / 3)]);

        Assert.True(_site.Build(strict: true).Written, string.Join("\n", _site.Diagnostics.Items));

        Assert.False(File.Exists(MapPath + ".tmp"));
        Assert.False(File.Exists(current));
        Assert.Equal(2, _site.Diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Info && d.Message.StartsWith("removed: a temporary copy of the permalink map", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_map_that_cannot_be_saved_keeps_the_new_site_from_going_live()
    {
        Assert.True(_site.Build().Written);
        var before = _site.Read("index.html");
        _site.Write("more.txt", "Roe, Richard\nA Fourth Paper On Addresses\nRoe, Richard\nAn abstract long enough to be one, about a paper whose address must be kept.\n");

        using (new Undeletable(_site.Input)) // no file can be created in input/: the map cannot be saved
        {
            Assert.False(_site.Build().Written);
        }

        Assert.Contains(_site.Diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error && d.Message.StartsWith("could not save the permalink map", StringComparison.Ordinal));
        Assert.Equal(before, _site.Read("index.html"));
        Assert.False(_site.Exists("papers/a-fourth-paper-on-addresses.html"));
    }

    [Fact]
    public void A_removed_papers_address_is_never_given_to_another_paper()
    {
        // Slugs are cut at 50 characters: these two titles differ only after that, so they want the same address.
        const string Prefix = "A Very Long Title That Runs On And On About Permanent Addresses";
        _site.Write("list.txt", $"Doe, Jane\n{Prefix} Alpha\nDoe, Jane\nAn abstract long enough to be one, about the paper that is later removed.\n");
        Assert.True(_site.Build().Written);
        var removed = Path.GetFileNameWithoutExtension(_site.Pages("papers").Single(p => p != "papers/index.html"));

        _site.Write("list.txt", Listing); // the paper is gone from the input
        Assert.True(_site.Build().Written, string.Join("\n", _site.Diagnostics.Items));
        _site.Write("more.txt", $"Roe, Richard\n{Prefix} Beta\nRoe, Richard\nAn abstract long enough to be one, about a different paper with a similar title.\n");
        Assert.True(_site.Build().Written, string.Join("\n", _site.Diagnostics.Items));

        var beta = _site.Pages("papers").Single(p => _site.Html(p).QuerySelector("h1")?.TextContent == $"{Prefix} Beta");
        Assert.NotEqual($"papers/{removed}.html", beta);
        Assert.Contains(PermalinkMap.Load(_site.Input, new DiagnosticBag()).Entries, e => e.Slug == removed);
    }
}
