using SiteGen.Diagnostics;
using SiteGen.Pipeline;
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

    [Fact]
    public void A_deleted_output_file_makes_the_site_out_of_date_and_the_next_build_puts_it_back()
    {
        using var site = new TestSite();
        Assert.True(site.Build().Written);
        var page = Path.Combine(site.Output, "papers", "random-teachers-are-good-teachers.html");
        var text = File.ReadAllText(page);
        File.Delete(page);

        var result = site.Build();

        Assert.False(result.UpToDate);
        Assert.Equal(text, File.ReadAllText(page));
        Assert.True(site.Build().UpToDate);
    }

    [Fact]
    public void An_edit_made_while_a_build_runs_is_not_recorded_as_built()
    {
        using var site = new TestSite(copyShippedInput: false);
        var listing = Path.Combine(site.Input, "list.txt");
        File.WriteAllText(listing, "Doe, Jane\nA Paper Read Before\nDoe, Jane\nAn abstract long enough to be one, in the listing when the build starts.\n");
        var edited = false;
        var options = new BuildOptions
        {
            InputDir = site.Input,
            ThemeDir = RepoPaths.Theme,
            OutputDir = site.Output,
            // The inputs are read by now; the user saves an edit while the pages are made.
            OnStageStart = stage =>
            {
                if (stage != "paper pages" || edited) return;
                File.AppendAllText(listing, "A Paper Added During The Build\nDoe, Jane\nAn abstract long enough to be one, saved while the build was running.\n");
                edited = true;
            },
        };
        Assert.True(BuildPipeline.Run(options, new DiagnosticBag()).Written);
        Assert.True(edited);
        Assert.False(site.Exists("papers/a-paper-added-during-the-build.html"));

        var next = site.Build();

        Assert.False(next.UpToDate);
        Assert.True(site.Exists("papers/a-paper-added-during-the-build.html"));
    }
}
