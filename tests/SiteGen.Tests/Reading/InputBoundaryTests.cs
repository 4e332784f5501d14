using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Reading;

/// <summary>
/// Issue 15: no input is followed outside the project. A checkout is untrusted (CI, deploy
/// previews): a listing, site.yml or a paper's notes that is a symbolic link to /etc/passwd or
/// /proc/self/environ must be refused with a diagnostic naming it, and its content must never
/// reach the site. Links that stay in the project are followed.
/// </summary>
public sealed class InputBoundaryTests : IDisposable
{
    private const string Listing = "Doe, Jane\nA Paper About Boundaries\nDoe, Jane\nAn abstract long enough to be one, about files that point elsewhere.\n";
    private const string Secret = "SECRET_TOKEN=sg-4242-do-not-publish";

    private readonly TestSite _site = new(copyShippedInput: false);

    /// <summary>A folder beside the project, as /etc is: outside it.</summary>
    private readonly string _elsewhere = Path.Combine(Path.GetTempPath(), "sitegen-elsewhere-" + Guid.NewGuid().ToString("N"));

    public InputBoundaryTests()
    {
        _site.Write("list.txt", Listing);
        Directory.CreateDirectory(_elsewhere);
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_elsewhere, recursive: true);
    }

    private string Outside(string name, string text)
    {
        var path = Path.Combine(_elsewhere, name);
        File.WriteAllText(path, text);
        return path;
    }

    private void Link(string inputPath, string target)
    {
        var path = Path.Combine(_site.Input, inputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    private string PaperSlug()
    {
        Assert.True(_site.Build().Written);
        return Path.GetFileNameWithoutExtension(_site.Pages("papers").Single(p => p != "papers/index.html"));
    }

    private void AssertNowhereInSite(string text)
    {
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(text, File.ReadAllText(file), StringComparison.Ordinal);
    }

    private Diagnostic AssertRefused(string file)
    {
        var refusal = Assert.Single(_site.Diagnostics.Items, d => d.Location.File == file);
        Assert.Equal(DiagnosticSeverity.Error, refusal.Severity);
        return refusal;
    }

    [Fact]
    public void A_papers_notes_linked_outside_the_project_are_refused_and_never_published()
    {
        var slug = PaperSlug();
        Link($"papers/{slug}.md", Outside("environ", Secret));

        var result = _site.Build();

        Assert.False(result.Written);
        Assert.Contains("outside the project folder", AssertRefused($"papers/{slug}.md").Message, StringComparison.Ordinal);
        AssertNowhereInSite(Secret);
    }

    [Theory]
    [InlineData("/etc/passwd", "root:")]
    [InlineData("/proc/self/environ", "PATH=")]
    public void System_files_are_refused_as_notes(string target, string content)
    {
        var slug = PaperSlug();
        Link($"papers/{slug}.md", target);

        Assert.False(_site.Build().Written);
        AssertRefused($"papers/{slug}.md");
        AssertNowhereInSite(content);
    }

    [Fact]
    public void A_listing_linked_outside_the_project_is_refused()
    {
        Link("stolen.txt", Outside("list.txt", "Roe, Richard\nA Title Read From Elsewhere\nRoe, Richard\nAn abstract that lives outside the project and must stay there.\n"));

        var result = _site.Build();

        Assert.False(result.Written);
        AssertRefused("stolen.txt");
        Assert.False(Directory.Exists(_site.Output) && Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("Read From Elsewhere", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_site_yml_linked_outside_the_project_is_refused_and_the_previous_site_kept()
    {
        Assert.True(_site.Build().Written);
        var before = _site.Read("index.html");
        Link("site.yml", Outside("site.yml", "title: Stolen Settings\n"));

        Assert.False(_site.Build().Written);

        AssertRefused("site.yml");
        Assert.Equal(before, _site.Read("index.html"));
        AssertNowhereInSite("Stolen Settings");
    }

    [Fact]
    public void A_permalink_map_linked_outside_the_project_is_refused_and_left_as_it_is()
    {
        const string Map = "papers:\n  \"a paper about boundaries\":\n    slug: somewhere-else\n";
        var outside = Outside("permalinks.yml", Map);
        Link("permalinks.yml", outside);

        Assert.False(_site.Build().Written);

        AssertRefused("permalinks.yml");
        Assert.Equal(Map, File.ReadAllText(outside));
        Assert.NotNull(new FileInfo(Path.Combine(_site.Input, "permalinks.yml")).LinkTarget);
    }

    [Fact]
    public void Links_that_stay_in_the_project_are_followed()
    {
        var slug = PaperSlug();
        var notes = Path.Combine(_site.Root, "notes", "boundary.md");
        Directory.CreateDirectory(Path.GetDirectoryName(notes)!);
        File.WriteAllText(notes, "Notes kept beside the input folder.\n");
        Link($"papers/{slug}.md", Path.Combine("..", "..", "notes", "boundary.md")); // relative, as git stores it

        Assert.True(_site.Build().Written, string.Join("\n", _site.Diagnostics.Items));

        Assert.Contains("Notes kept beside the input folder.", _site.Read($"papers/{slug}.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_listing_that_is_a_loop_of_links_is_an_error_naming_it_and_the_previous_site_stays()
    {
        Assert.True(_site.Build().Written);
        var before = _site.Read("index.html");
        Link("a.txt", Path.Combine(_site.Input, "b.txt"));
        Link("b.txt", Path.Combine(_site.Input, "a.txt"));

        Assert.False(_site.Build().Written);

        Assert.Contains("loop", AssertRefused("a.txt").Message, StringComparison.Ordinal);
        AssertRefused("b.txt");
        Assert.Equal(before, _site.Read("index.html"));
    }

    [Fact]
    public void Folders_that_link_back_up_the_tree_neither_throw_nor_hang()
    {
        // One such loop made the fingerprint throw (ELOOP); two made it walk 2^40 paths.
        Directory.CreateSymbolicLink(Path.Combine(_site.Input, "loop-one"), _site.Input);
        Directory.CreateSymbolicLink(Path.Combine(_site.Input, "loop-two"), _site.Input);

        Assert.True(_site.Build().Written, string.Join("\n", _site.Diagnostics.Items));
        Assert.True(_site.Build().UpToDate);
    }

    [Fact]
    public void A_dangling_editor_lock_file_is_not_an_input()
    {
        Assert.True(_site.Build().Written);
        // Emacs marks a file being edited with a link to "user@host.pid:boot-time", which does not exist.
        File.CreateSymbolicLink(Path.Combine(_site.Input, ".#site.yml"), "jane@laptop.4242:1733212800");

        var result = _site.Build();

        Assert.True(result.UpToDate, string.Join("\n", _site.Diagnostics.Items));
        Assert.Empty(_site.Diagnostics.Items);
    }

    [Fact]
    public void A_dangling_link_named_as_a_listing_is_an_error_naming_it()
    {
        Link("moved.txt", Path.Combine(_elsewhere, "gone.txt"));

        Assert.False(_site.Build().Written);

        Assert.Contains("does not exist", AssertRefused("moved.txt").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dot_files_and_backups_are_not_inputs_and_do_not_make_the_site_out_of_date()
    {
        Assert.True(_site.Build().Written);
        _site.Write(".DS_Store", "\0\0\x01Bud1");
        _site.Write("list.txt~", "Roe, Richard\nA Backup Title\nRoe, Richard\nAn editor's backup of a listing, which is not a listing.\n");

        var result = _site.Build();

        Assert.True(result.UpToDate);
        Assert.Empty(_site.Diagnostics.Items);
    }
}
