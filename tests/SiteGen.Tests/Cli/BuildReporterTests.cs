using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>`build` progress off a terminal: one line per stage with counts, --quiet and --verbose (issue 8).</summary>
public sealed class BuildReporterTests
{
    private static (int Code, string Output, string Error) Build(TestSite site, params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommandLine.Run(["build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.Theme, .. extra], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_stage_line_names_the_stage_its_count_and_its_time()
    {
        var line = BuildReporter.StageLine(new StageTiming("parse", 408, 390) { Count = new StageCount(10_311, "entries") });
        Assert.Equal("parse         10,311 entries            408 ms", line);
        // A stage with nothing to count keeps the columns: the times line up.
        var uncounted = BuildReporter.StageLine(new StageTiming("fingerprint", 12, 10));
        Assert.StartsWith("fingerprint ", uncounted, StringComparison.Ordinal);
        Assert.EndsWith(" 12 ms", uncounted, StringComparison.Ordinal);
        Assert.Equal(line.Length, uncounted.Length);
    }

    [Fact]
    public void Plain_output_has_one_line_per_stage_with_what_it_made()
    {
        using var site = new TestSite();
        var (code, output, _) = Build(site);

        Assert.Equal(0, code);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^parse\s+211 entries\s+\d+ ms$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^merge\s+208 papers\s+\d+ ms$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^permalinks\s+208 papers\s+\d+ ms$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^paper pages\s+208 pages\s+\d+ ms$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^link check\s+0 broken links\s+\d+ ms$"));
        var written = lines.Single(l => l.StartsWith("write ", StringComparison.Ordinal));
        var files = int.Parse(Regex.Match(written, @"^write\s+([\d,]+) files written").Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.Equal(Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Length - 1, files); // all but the marker
        Assert.Contains("208 papers, ", lines.Last(l => l.Length > 0), StringComparison.Ordinal); // then the summary
        Assert.DoesNotContain('\u001b', output); // no terminal escapes in a log
    }

    [Fact]
    public void Without_a_base_url_the_summary_says_what_publishing_needs()
    {
        using var site = new TestSite();
        var (_, without, _) = Build(site);
        Assert.Contains("note: no base_url, so no sitemap.xml and no canonical links", without, StringComparison.Ordinal);

        var (_, with, _) = Build(site, "--base-url", "https://example.org/lab");
        Assert.DoesNotContain("no base_url", with, StringComparison.Ordinal);
        // Under a sub-path the site's robots.txt is never read: the summary says what to do instead.
        Assert.Contains("note: the site lives under /lab/, where crawlers do not read robots.txt; add \"Sitemap: https://example.org/lab/sitemap.xml\" to https://example.org/robots.txt", with, StringComparison.Ordinal);

        var (_, atRoot, _) = Build(site, "--base-url", "https://example.org");
        Assert.DoesNotContain("robots.txt", atRoot, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_prints_only_diagnostics()
    {
        using var site = new TestSite();
        var (code, output, error) = Build(site, "--quiet");

        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Contains("001_083806b9c7bcd6f3.txt(301): warning:", error, StringComparison.Ordinal);
        Assert.True(site.Exists("index.html"));
    }

    [Fact]
    public void Verbose_lists_every_diagnostic_where_the_default_stops_at_20()
    {
        using var site = new TestSite(copyShippedInput: false);
        var listing = new StringBuilder();
        for (var i = 0; i < 25; i++)
            listing.Append(CultureInfo.InvariantCulture, $"LGMar 1, 2024\nPaper Number {i} TitleAlice Smith, Bob Jones\nAbstract {i}.\na stray line {i} that fits no entry\n");
        site.Write("cat.txt", listing.ToString());
        var expected = new DiagnosticBag();
        IngestPipeline.Run(site.Input, expected);
        var count = expected.Items.Count;
        Assert.True(count > 20, $"the input should give more than 20 diagnostics, gave {count}");

        var (_, _, brief) = Build(site);
        var briefLines = brief.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, briefLines.Count(l => l.Contains("cat.txt(", StringComparison.Ordinal)));
        Assert.Contains($"... and {count - 20} more (--verbose lists all)", brief, StringComparison.Ordinal);

        var (_, _, verbose) = Build(site, "--verbose", "--force");
        Assert.Equal(count, verbose.Split('\n').Count(l => l.Contains("cat.txt(", StringComparison.Ordinal)));
        Assert.DoesNotContain("more (--verbose", verbose, StringComparison.Ordinal);
    }
}
