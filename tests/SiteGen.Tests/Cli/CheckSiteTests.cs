using SiteGen.Checking;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>`sitegen check` on a built site: a clean site passes, a damaged one fails with the page named (issue 8).</summary>
public sealed class CheckSiteTests
{
    [Fact]
    public void A_fresh_build_checks_clean_and_a_damaged_one_does_not()
    {
        using var site = new TestSite();
        site.Build();
        var clean = new DiagnosticBag();
        Assert.Equal(0, OutputChecker.Check(site.Output, clean));

        // Delete a paper page that others link to, and strip another's metadata.
        var pages = Directory.GetFiles(Path.Combine(site.Output, "papers")).Where(p => !Path.GetFileName(p).StartsWith("index", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        File.Delete(pages[0]);
        var second = pages[1];
        File.WriteAllText(second, File.ReadAllText(second).Replace("citation_title", "x_title", StringComparison.Ordinal));

        var damaged = new DiagnosticBag();
        Assert.True(OutputChecker.Check(site.Output, damaged) >= 2);
        Assert.Contains(damaged.Items, d => d.Message.Contains("broken link", StringComparison.Ordinal) && d.Message.Contains(Path.GetFileNameWithoutExtension(pages[0]), StringComparison.Ordinal));
        Assert.Contains(damaged.Items, d => d.Message.Contains("no citation_title", StringComparison.Ordinal));

        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.InputProblems, SiteGenCommandLine.Run(["check", "--input", site.Input, "--site", site.Output], output, error));
    }
}
