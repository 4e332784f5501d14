using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>`sitegen check` as a CI gate: a broken anchor and a bad site.yml are reported with file and line (issue 8).</summary>
public sealed class CheckGateTests
{
    private static (int Code, string Output, string Error) Check(TestSite site, params string[] extra)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // Without --site, check looks at the configured output folder only if it exists (here it is never built).
        string[] siteArgs = Directory.Exists(site.Output) ? ["--site", site.Output] : [];
        var code = SiteGenCommandLine.Run(["check", "--input", site.Input, .. siteArgs, .. extra], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_link_to_a_missing_anchor_fails_check_with_the_page_named()
    {
        using var site = new TestSite();
        Assert.True(site.Build().Written);
        var (cleanCode, cleanOutput, _) = Check(site);
        Assert.Equal(ExitCodes.Success, cleanCode);
        Assert.Contains(": 0 problem(s)", cleanOutput, StringComparison.Ordinal);

        var index = Path.Combine(site.Output, "index.html");
        var html = File.ReadAllText(index);
        File.WriteAllText(index, html.Replace("</main>", "<a href=\"index.html#no-such-anchor\">jump</a></main>", StringComparison.Ordinal));

        var (code, output, error) = Check(site);

        Assert.Equal(ExitCodes.InputProblems, code);
        Assert.Contains(": 1 problem(s)", output, StringComparison.Ordinal);
        Assert.Contains("index.html: warning: broken link 'index.html#no-such-anchor': no element with id 'no-such-anchor' there", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_setting_and_an_unknown_key_in_site_yml_are_reported_with_lines_and_fail_under_strict()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", "Doe, Jane\nA Title\nDoe, Jane\nAn abstract long enough to be one, about checking settings files in CI.\n");
        site.Write("site.yml", "title: Lab\npage_size: many\ncolour: blue\n");

        var (code, _, error) = Check(site);
        var (strictCode, _, _) = Check(site, "--strict");

        Assert.Contains("site.yml(2): warning: setting 'page_size' must be a whole number", error, StringComparison.Ordinal);
        Assert.Contains("site.yml(3): warning: unknown setting 'colour' ignored", error, StringComparison.Ordinal);
        // Settings problems are warnings: the site builds with defaults, so only --strict fails the job.
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(ExitCodes.InputProblems, strictCode);
    }
}
