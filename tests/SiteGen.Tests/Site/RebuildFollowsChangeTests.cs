using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Issue 17: a rebuild renders only the pages an edit reaches, and what it leaves on disk is,
/// byte for byte, what a full build of the edited input makes. Each case builds the shipped
/// input, edits it, rebuilds over the last site, then builds the edited input from nothing
/// into another folder and compares every file.
/// </summary>
public sealed class RebuildFollowsChangeTests
{
    private const string Category = "003_9136ab26263cb17e.txt";
    private const string PublicationList = "000_9a4dbc02369aa836.txt";

    [Fact]
    public void An_edited_abstract_rerenders_a_few_pages_and_the_site_is_a_full_builds() =>
        AssertRebuildIsFullBuild(site => Edit(site, Category, "we investigate the implicit regularization", "we examine the implicit regularization"),
            "papers/random-teachers-are-good-teachers.html", "investigate the implicit", "examine the implicit");

    [Fact]
    public void An_edited_title_rerenders_a_few_pages_and_the_site_is_a_full_builds() =>
        AssertRebuildIsFullBuild(site => Edit(site, Category, "Random Teachers are Good Teachers", "Random Teachers are Great Teachers"),
            "papers/random-teachers-are-great-teachers.html", null, "Great Teachers");

    [Fact]
    public void An_edited_author_name_rerenders_a_few_pages_and_the_site_is_a_full_builds() =>
        AssertRebuildIsFullBuild(site => Edit(site, Category, "Maria Parelli, Alexandros Delitzas", "Mariana Parelli, Alexandros Delitzas"),
            "papers/clip-guided-vision-language-pre-training-for.html", "Maria Parelli", "Mariana Parelli");

    [Fact]
    public void An_added_paper_rerenders_a_few_pages_and_the_site_is_a_full_builds() =>
        AssertRebuildIsFullBuild(site => File.AppendAllText(Path.Combine(site.Input, PublicationList),
                "\nA Paper Added Later\nFalck, Fabian, Doe, Jane\nAn abstract long enough to be one, about a paper added after the first build of this site.\n"),
            "papers/a-paper-added-later.html", null, "A Paper Added Later");

    [Fact]
    public void A_changed_site_setting_rerenders_every_page()
    {
        using var site = new TestSite();
        var first = site.Build();
        Edit(site, "site.yml", "title:", "title: Renamed\nold_title:");
        File.WriteAllText(Path.Combine(site.Input, "site.yml"), File.ReadAllText(Path.Combine(site.Input, "site.yml")).Replace("old_title:", "# was:", StringComparison.Ordinal));

        var second = site.Build();

        Assert.True(second.Written);
        Assert.Equal(first.Pages, second.PagesRendered);
    }

    [Fact]
    public void A_site_with_a_broken_link_lends_no_pages_to_the_next_build()
    {
        using var site = new TestSite();
        // A note linking to a page the site does not have: reported as a broken link.
        site.Write("papers/random-teachers-are-good-teachers.md", "---\nfeatured: true\n---\nSee [the other one](missing.html).\n");
        var first = site.Build();
        Assert.True(first.BrokenLinks > 0);
        Edit(site, Category, "we investigate the implicit regularization", "we examine the implicit regularization");

        var second = site.Build();

        Assert.Equal(second.Pages, second.PagesRendered);
        Assert.Equal(first.BrokenLinks, second.BrokenLinks);
    }

    private static void Edit(TestSite site, string file, string from, string to)
    {
        var path = Path.Combine(site.Input, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void AssertRebuildIsFullBuild(Action<TestSite> edit, string changedPage, string? before, string after)
    {
        using var site = new TestSite();
        var first = site.Build();
        Assert.True(first.Written);
        Assert.Equal(first.Pages, first.PagesRendered);
        if (before is not null) Assert.Contains(before, site.Read(changedPage), StringComparison.Ordinal);

        edit(site);
        var rebuilt = site.Build();
        var rebuildDiagnostics = Lines(site.Diagnostics);

        Assert.True(rebuilt.Written);
        Assert.False(rebuilt.UpToDate);
        Assert.Contains(after, site.Read(changedPage), StringComparison.Ordinal);
        Assert.True(rebuilt.PagesRendered > 0 && rebuilt.PagesRendered * 5 < rebuilt.Pages, $"rendered {rebuilt.PagesRendered} of {rebuilt.Pages} pages");

        var full = Path.Combine(site.Root, "full");
        var diagnostics = new DiagnosticBag();
        var fresh = BuildPipeline.Run(new BuildOptions { InputDir = site.Input, ThemeDir = RepoPaths.Theme, OutputDir = full, Force = true }, diagnostics);
        Assert.True(fresh.Written);
        Assert.Equal(fresh.Pages, fresh.PagesRendered);
        Assert.Equal(Lines(diagnostics), rebuildDiagnostics);
        AssertSameFiles(full, site.Output);
    }

    private static List<string> Lines(DiagnosticBag diagnostics) => [.. diagnostics.Items.Select(d => d.ToString()).Order(StringComparer.Ordinal)];

    /// <summary>The same files with the same bytes; the manifests alike but for the fingerprint, which names the output folder.</summary>
    private static void AssertSameFiles(string expected, string actual)
    {
        static SortedDictionary<string, string> Files(string root) => new(
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
                f => Path.GetRelativePath(root, f).Replace('\\', '/'),
                f => Path.GetFileName(f) == SiteWriter.MarkerFile
                    ? string.Join('\n', File.ReadLines(f).Where(l => !l.StartsWith("fingerprint\t", StringComparison.Ordinal)))
                    : Convert.ToHexString(File.ReadAllBytes(f))),
            StringComparer.Ordinal);
        var want = Files(expected);
        var have = Files(actual);
        Assert.Equal(want.Keys, have.Keys);
        var different = want.Keys.Where(k => want[k] != have[k]).ToList();
        Assert.True(different.Count == 0, $"{different.Count} files differ from a full build: {string.Join(", ", different.Take(10))}");
    }
}
