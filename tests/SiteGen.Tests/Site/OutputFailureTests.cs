using System.Security.Cryptography;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Issue 15: the output folder's failure paths. A write error never swaps in a partial site;
/// one cause is one error; an old site that cannot be deleted does not make the build lie or
/// break later builds; there is no moment without output/; what killed builds left is cleaned
/// up, with a word, by the next build of any kind.
/// </summary>
public sealed class OutputFailureTests : IDisposable
{
    private const string Listing = "Doe, Jane\nA Paper About Output\nDoe, Jane\nAn abstract long enough to be one, about folders that are swapped.\n";

    private readonly TestSite _site = new(copyShippedInput: false);

    public OutputFailureTests() => _site.Write("list.txt", Listing);

    public void Dispose() => _site.Dispose();

    private static SortedDictionary<string, string> Snapshot(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    [Fact]
    public void A_file_that_cannot_be_written_keeps_the_previous_site_whole()
    {
        Assert.True(_site.Build().Written);
        var before = Snapshot(_site.Output);
        var diagnostics = new DiagnosticBag();

        using (var writer = SiteWriter.Open(_site.Output, diagnostics)!)
        {
            writer.Add(SiteFile.FromText("index.html", "<p>a new home page</p>"));
            writer.Add(SiteFile.FromText("blocked", "a file where a folder must go"));
            writer.Add(SiteFile.FromText("blocked/page.html", "<p>cannot be written</p>"));
            Assert.False(writer.Commit("fingerprint", null, diagnostics).Written);
        }

        Assert.Equal(before, Snapshot(_site.Output));
        var error = Assert.Single(diagnostics.Items);
        Assert.Contains("'blocked/page.html'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("the previous output is unchanged", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_site.Root, ".output.*"));
    }

    [Fact]
    public void Files_failing_for_one_cause_are_one_error()
    {
        var diagnostics = new DiagnosticBag();
        using (var writer = SiteWriter.Open(_site.Output, diagnostics)!)
        {
            writer.Add(SiteFile.FromText("blocked", "a file where a folder must go"));
            for (var i = 0; i < 159; i++) writer.Add(SiteFile.FromText($"blocked/page{i:D3}.html", "<p>cannot be written</p>"));
            Assert.False(writer.Commit("fingerprint", null, diagnostics).Written);
        }

        var error = Assert.Single(diagnostics.Items);
        Assert.StartsWith("could not write 'blocked/page000.html' and 158 more file(s):", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_disk_is_one_error_and_stops_the_writing()
    {
        var failures = new WriteFailures();
        failures.Add("papers/a-paper.html", DiskFull());
        Assert.True(failures.DiskFull); // the writer then skips the rest instead of failing each
        for (var i = 0; i < 158; i++) failures.AddSkipped($"papers/p{i:D3}.html");
        var diagnostics = new DiagnosticBag();

        failures.Report(diagnostics, new SourceLocation("output", 0));

        var error = Assert.Single(diagnostics.Items);
        Assert.Contains("and 158 more file(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The error the system gives when a disk is full, from the one device that always is.</summary>
    private static IOException DiskFull()
    {
        try
        {
            File.WriteAllBytes("/dev/full", [1]);
        }
        catch (IOException ex)
        {
            return ex;
        }
        throw new InvalidOperationException("/dev/full accepted a write");
    }

    [Fact]
    public void An_old_site_that_cannot_be_deleted_neither_hides_the_new_one_nor_breaks_later_builds()
    {
        Assert.True(_site.Build().Written);
        try
        {
            _ = new Undeletable(Path.Combine(_site.Output, "404.html")); // cleared below, wherever the build moved it
            _site.Write("second.txt", "Roe, Richard\nA Second Paper\nRoe, Richard\nAn abstract long enough to be one, added after the first build.\n");

            var result = _site.Build();

            Assert.True(result.Written, string.Join("\n", _site.Diagnostics.Items));
            Assert.DoesNotContain(_site.Diagnostics.Items, d => d.Message.Contains("previous output is unchanged", StringComparison.Ordinal));
            Assert.Contains(_site.Diagnostics.Items, d => d.Message.StartsWith("the new site is in place, but the previous one could not be deleted", StringComparison.Ordinal));
            Assert.True(_site.Exists("papers/a-second-paper.html"));
            Assert.Contains("a-second-paper", File.ReadAllText(Path.Combine(_site.Input, "permalinks.yml")), StringComparison.Ordinal);

            _site.Write("third.txt", "Poe, Edgar\nA Third Paper\nPoe, Edgar\nAn abstract long enough to be one, added after the second build.\n");
            Assert.True(_site.Build().Written, string.Join("\n", _site.Diagnostics.Items));
            Assert.True(_site.Exists("papers/a-third-paper.html"));
        }
        finally
        {
            Undeletable.ClearAll(_site.Root);
        }
    }

    [Fact]
    public void Readers_never_find_the_output_folder_missing_while_it_is_replaced()
    {
        var output = Path.Combine(_site.Root, "site");
        var diagnostics = new DiagnosticBag();
        var missing = 0;
        var stop = false;
        var reader = new Thread(() =>
        {
            while (!Volatile.Read(ref stop))
                if (!File.Exists(Path.Combine(output, "index.html"))) Interlocked.Increment(ref missing);
        });
        for (var i = 0; i < 200; i++)
        {
            using var writer = SiteWriter.Open(output, diagnostics)!;
            writer.Add(SiteFile.FromText("index.html", $"<p>version {i}</p>"));
            Assert.True(writer.Commit($"fingerprint {i}", null, diagnostics).Written);
            if (i == 0) reader.Start(); // from the first site on, there must always be one
        }
        Volatile.Write(ref stop, true);
        reader.Join();

        Assert.Equal(0, missing);
        Assert.Equal("<p>version 199</p>", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Empty(Directory.GetDirectories(_site.Root, ".site.*"));
    }

    [Fact]
    public void Folders_killed_builds_left_are_removed_by_the_next_build_even_one_with_nothing_to_do_and_it_says_so()
    {
        Assert.True(_site.Build().Written);
        // No process has this id, so it stands for a build that was killed while writing.
        var leftover = Path.Combine(_site.Root, $".output.tmp-{int.MaxValue}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(leftover, "papers"));
        File.WriteAllBytes(Path.Combine(leftover, "papers", "half.html"), new byte[1 << 20]);

        var result = _site.Build();

        Assert.True(result.UpToDate);
        Assert.False(Directory.Exists(leftover));
        Assert.Contains(_site.Diagnostics.Items, d => d.Message == $"removed '{Path.GetFileName(leftover)}' (1.0 MiB), left by a build that was stopped part-way");
        Assert.Contains(result.Timings, t => t.Stage == "clean up");
    }

    [Theory]
    [InlineData("input")]
    [InlineData("input/site")]
    [InlineData(".")]
    public void An_output_folder_that_is_or_holds_or_sits_in_the_input_is_refused(string output)
    {
        var before = Directory.EnumerateFiles(_site.Input, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
        var diagnostics = new DiagnosticBag();

        var result = SiteGen.Pipeline.BuildPipeline.Run(new SiteGen.Pipeline.BuildOptions
        {
            InputDir = _site.Input,
            ThemeDir = RepoPaths.Theme,
            OutputDir = Path.Combine(_site.Root, output),
        }, diagnostics);

        Assert.False(result.Written);
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("output folder overlaps", StringComparison.Ordinal));
        Assert.Equal(before, Directory.EnumerateFiles(_site.Input, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText));
    }
}
