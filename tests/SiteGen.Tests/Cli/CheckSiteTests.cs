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
        Assert.Equal(0, OutputChecker.Check(site.Output, clean).Problems);

        // Delete a paper page that others link to, and strip another's metadata.
        var pages = Directory.GetFiles(Path.Combine(site.Output, "papers"), "*.html").Where(p => !Path.GetFileName(p).StartsWith("index", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        File.Delete(pages[0]);
        var second = pages[1];
        File.WriteAllText(second, File.ReadAllText(second).Replace("citation_title", "x_title", StringComparison.Ordinal));

        var damaged = new DiagnosticBag();
        Assert.True(OutputChecker.Check(site.Output, damaged).Problems >= 2);
        Assert.Contains(damaged.Items, d => d.Message.Contains("broken link", StringComparison.Ordinal) && d.Message.Contains(Path.GetFileNameWithoutExtension(pages[0]), StringComparison.Ordinal));
        Assert.Contains(damaged.Items, d => d.Message.Contains("no citation_title", StringComparison.Ordinal));

        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.InputProblems, SiteGenCommandLine.Run(["check", "--input", site.Input, "--site", site.Output], output, error));
    }

    [Fact]
    public void Papers_google_scholar_will_not_index_are_each_listed_with_their_fix_and_fail_only_under_strict()
    {
        using var site = new TestSite(copyShippedInput: false);
        // A named and dated paper; one a daily page credits to "5 authors"; one a publication list gives no date.
        site.Write("daily.txt", "Daily Papers\nMar 12\n\nCounted Not Named\n\nAn abstract about papers whose authors the page only counts.\n\n  • 5 authors\n·\nMar 11, 2024\n");
        site.Write("list.txt", "Doe, Jane\nA Paper Without A Date\nDoe, Jane\nAn abstract long enough to be one, about papers a list gives no date.\n");
        site.Write("a.bib", "@article{ok,\n title = {Named and Dated},\n author = {Doe, Jane},\n journal = {J},\n year = {2020},\n}\n");
        Assert.True(site.Build().Written);

        var diagnostics = new DiagnosticBag();
        var check = OutputChecker.Check(site.Output, diagnostics);

        Assert.Equal(0, check.Problems);
        Assert.Equal(2, check.NotIndexable);
        Assert.Contains(diagnostics.Items, d => d.Severity == DiagnosticSeverity.Info && d.Location.File == "papers/counted-not-named.html"
            && d.Message.EndsWith("it has no author (citation_author names people only); set authors: in input/papers/counted-not-named.md", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Items, d => d.Location.File == "papers/a-paper-without-a-date.html"
            && d.Message.EndsWith("it has no date (citation_author names people only); set date: in input/papers/a-paper-without-a-date.md", StringComparison.Ordinal));

        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.Success, SiteGenCommandLine.Run(["check", "--input", site.Input, "--site", site.Output], output, error));
        Assert.Contains("2 paper page(s) Google Scholar will not index", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InputProblems, SiteGenCommandLine.Run(["check", "--strict", "--input", site.Input, "--site", site.Output], new StringWriter(), new StringWriter()));
    }

    [Fact]
    public void Build_and_check_find_the_output_folder_site_yml_names_in_the_same_place()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", "Doe, Jane\nA Paper Published Elsewhere\nDoe, Jane\nAn abstract long enough to be one, about where a site is written.\n");
        site.Write("site.yml", "output: public/site\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(ExitCodes.Success, SiteGenCommandLine.Run(["build", "--input", site.Input, "--theme", RepoPaths.Theme], output, error));
        var published = Path.Combine(site.Root, "public", "site");
        Assert.True(File.Exists(Path.Combine(published, "index.html")));

        Assert.Equal(ExitCodes.Success, SiteGenCommandLine.Run(["check", "--input", site.Input], output, error));
        Assert.Contains($"Built site {published}: 0 problem(s)", output.ToString(), StringComparison.Ordinal);
    }
}
