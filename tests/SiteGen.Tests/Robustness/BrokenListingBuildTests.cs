using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Robustness;

/// <summary>
/// Broken files through the whole build to rendered pages (issue 6): the reading tests in
/// Reading/ prove the records come out right; these prove the site does.
/// </summary>
public sealed class BrokenListingBuildTests
{
    private static readonly string[] Samples = ["010-publication-list/normal.txt", "020-daily-papers/normal.txt", "030-category-listing/normal.txt"];

    private static string Sample(string relative) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "TestFiles", relative)).ReplaceLineEndings("\n");

    [Fact]
    public void An_empty_listing_next_to_a_good_one_is_reported_and_the_good_one_builds()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("empty.txt", "");
        site.Write("pubs.txt", Sample(Samples[0]));
        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", site.Diagnostics.Items));
        Assert.Equal(3, result.Papers);
        Assert.Equal(3, site.Pages("papers").Count(p => !p.StartsWith("papers/index.", StringComparison.Ordinal)));
        var d = Assert.Single(site.Diagnostics.Items);
        Assert.Equal(new SourceLocation("empty.txt", 1), d.Location);
        Assert.Contains("empty", d.Message, StringComparison.Ordinal);
        PageValidity.AssertEveryPage(site);
    }

    [Fact]
    public void Mixed_line_endings_build_the_same_site_as_lf()
    {
        using var lf = new TestSite(copyShippedInput: false);
        using var mixed = new TestSite(copyShippedInput: false);
        for (var s = 0; s < Samples.Length; s++)
        {
            var name = $"listing{s}.txt";
            var lines = Sample(Samples[s]).Split('\n');
            lf.Write(name, string.Join('\n', lines));
            // Each line ending differs from the one before, and every file starts at a different one.
            mixed.Write(name, string.Concat(lines.Select((l, i) => l + ((i + s) % 3) switch { 0 => "\r\n", 1 => "\n", _ => "\r" })));
        }
        var lfResult = lf.Build();
        var mixedResult = mixed.Build();

        Assert.True(mixedResult.Written, string.Join("\n", mixed.Diagnostics.Items));
        Assert.Equal(11, mixedResult.Papers);
        Assert.Equal(lfResult.Papers, mixedResult.Papers);
        Assert.Equal(lf.Diagnostics.Items.Select(d => d.ToString()), mixed.Diagnostics.Items.Select(d => d.ToString()));
        // The manifest differs by design: it fingerprints the input bytes.
        var files = Files(lf).Where(f => f != SiteWriter.MarkerFile).ToList();
        Assert.Equal(Files(lf), Files(mixed));
        foreach (var file in files)
            Assert.True(lf.Read(file) == mixed.Read(file), $"{file} differs");
        PageValidity.AssertEveryPage(mixed);
    }

    private static List<string> Files(TestSite site) =>
        Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
