using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>Rebuilds skip unchanged work and do not rewrite identical files (issue 7).</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public void A_rebuild_with_nothing_changed_does_nothing_but_still_reports_the_diagnostics()
    {
        using var site = new TestSite();
        var first = site.Build();
        Assert.False(first.UpToDate);
        Assert.Equal(first.Files, first.FilesWritten);
        var firstWarnings = site.Diagnostics.Items.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();

        var second = site.Build();
        Assert.True(second.UpToDate);
        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(firstWarnings, site.Diagnostics.Items.Select(d => d.ToString()).Order(StringComparer.Ordinal));
        // --strict must still fail on those warnings.
        Assert.False(site.Build(strict: true).Written);
    }

    [Fact]
    public void Changing_one_listing_rewrites_only_the_pages_whose_content_changed()
    {
        using var site = new TestSite();
        var first = site.Build();
        var listing = Path.Combine(site.Input, "003_9136ab26263cb17e.txt");
        var text = File.ReadAllText(listing);
        File.WriteAllText(listing, text.Replace("Random Teachers are Good Teachers", "Random Teachers are Great Teachers", StringComparison.Ordinal));

        var second = site.Build();
        Assert.False(second.UpToDate);
        Assert.True(second.FilesReused > first.Files / 2, $"reused {second.FilesReused} of {second.Files}");
        Assert.True(second.FilesWritten < first.Files / 2, $"wrote {second.FilesWritten} of {second.Files}");
        Assert.Contains("Random Teachers are Great Teachers", site.Read("papers/random-teachers-are-great-teachers.html"), StringComparison.Ordinal);
        // The renamed paper's old address redirects.
        Assert.Contains("random-teachers-are-great-teachers", site.Read("papers/random-teachers-are-good-teachers.html"), StringComparison.Ordinal);
    }
}
