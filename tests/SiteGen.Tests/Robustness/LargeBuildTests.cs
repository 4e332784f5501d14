using System.Diagnostics;
using System.Security.Cryptography;
using SiteGen.Cli;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Issue 6 at full size, through the whole build: a 50 MB listing of 100,000 entries, and a
/// real `sitegen build` process killed part-way through writing, which must leave the
/// previous site exactly as it was. They run alone, after the other tests: running beside
/// them, they slowed the tests that assert parse times past their limits.
/// </summary>
[Collection(LargeBuilds.Name)]
public sealed class LargeBuildTests(ITestOutputHelper log)
{
    [Fact]
    public void A_50_MB_listing_of_100000_entries_builds_every_paper()
    {
        using var site = new TestSite(copyShippedInput: false);
        var listing = Path.Combine(site.Input, "big.txt");
        var generate = Stopwatch.StartNew();
        GeneratedListing.Write(listing, 100_000, abstractLength: 480);
        log.WriteLine($"generated in {generate.Elapsed.TotalSeconds:0.0} s");
        var size = new FileInfo(listing).Length;
        Assert.InRange(size, 50L << 20, 60L << 20); // 50 to 60 MiB

        var watch = Stopwatch.StartNew();
        var result = site.Build();
        log.WriteLine($"100,000 entries, {size / 1048576.0:0.0} MiB: built in {watch.Elapsed.TotalSeconds:0.0} s");
        foreach (var t in result.Timings) log.WriteLine($"  {t.Stage}: {t.Milliseconds} ms (cpu {t.CpuMilliseconds} ms)");

        var check = Stopwatch.StartNew();
        Assert.True(result.Written, string.Join("\n", site.Diagnostics.Items.Take(5)));
        Assert.Empty(site.Diagnostics.Items);
        Assert.Equal(100_000, result.Papers);
        Assert.Equal(0, result.BrokenLinks);
        var paperPages = Directory.EnumerateFiles(Path.Combine(site.Output, "papers"), "*.html")
            .Count(p => !Path.GetFileName(p).StartsWith("index", StringComparison.Ordinal));
        Assert.Equal(100_000, paperPages);
        // The last entry of the file made it through to its own page.
        Assert.Contains("<h1>Paper 99999 on signal network</h1>", site.Read("papers/paper-99999-on-signal-network.html"), StringComparison.Ordinal);
        log.WriteLine($"checked in {check.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void A_build_killed_while_writing_leaves_the_previous_site_intact_and_the_next_build_works()
    {
        using var site = new TestSite();
        Assert.True(site.Build().Written);
        var before = Snapshot(site.Output);
        var map = File.ReadAllBytes(Path.Combine(site.Input, "permalinks.yml"));

        // A large addition, so the killed build has new pages and a long write to be caught in.
        var big = Path.Combine(site.Input, "big.txt");
        GeneratedListing.Write(big, 20_000, abstractLength: 120);
        using (var build = StartCli("build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.Theme, "--quiet"))
        {
            var temp = WaitForPartialTempFolder(site.Root, build);
            Assert.True(temp is not null, $"the build finished (exit {(build.HasExited ? build.ExitCode : -1)}) before it could be killed while writing");
            build.Kill(entireProcessTree: true);
            Assert.True(build.WaitForExit(30_000));
            log.WriteLine($"killed while writing {temp}");
        }

        Assert.Equal(before, Snapshot(site.Output));
        Assert.Equal(map, File.ReadAllBytes(Path.Combine(site.Input, "permalinks.yml"))); // saved only after a complete write

        // The leftover temporary folder is beside the output, named as SiteGen's, and in nobody's way.
        File.Delete(big);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommandLine.Run(["build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.Theme, "--force"], output, error);
        Assert.Equal(ExitCodes.Success, code);
        var after = Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.DoesNotContain(after.Keys, k => k.Contains(".tmp", StringComparison.Ordinal));
    }

    /// <summary>Every file of a folder: relative path → SHA-256 of its bytes.</summary>
    private static SortedDictionary<string, string> Snapshot(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>Waits until the build's temporary output folder holds its first written file; null if the build ended first.</summary>
    private static string? WaitForPartialTempFolder(string parent, Process build)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!build.HasExited && DateTime.UtcNow < deadline)
        {
            foreach (var temp in Directory.EnumerateDirectories(parent, ".output.tmp-*"))
                if (Directory.EnumerateFiles(temp, "*.html", SearchOption.AllDirectories).Any()) return temp;
            Thread.Sleep(20);
        }
        return null;
    }

    /// <summary>The real command line in its own process, as a user runs it.</summary>
    private static Process StartCli(params string[] args)
    {
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        // Drain the pipes so a chatty build never blocks on a full one.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}

/// <summary>Tests that take both cores for minutes: never in parallel with anything else.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeBuilds
{
    public const string Name = "Large builds";
}
