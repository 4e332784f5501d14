using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>Exit codes as documented: 1 for problems in the inputs or theme, 2 for a wrong command line, 3 only when the output cannot be written.</summary>
public sealed class ExitCodeTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_broken_theme_template_is_an_input_problem_exit_1_and_writes_nothing()
    {
        using var site = new TestSite();
        var theme = ThemeCopy.Broken(site.Root);

        var (code, _, error) = Run("build", "--input", site.Input, "--output", site.Output, "--theme", theme);

        Assert.Equal(ExitCodes.InputProblems, code);
        Assert.Contains(ThemeCopy.BrokenTemplateError, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_theme_found_beside_the_input_folder_is_used_without_theme_option()
    {
        using var site = new TestSite();
        ThemeCopy.Broken(site.Root); // <project>/theme, beside <project>/input

        var (code, _, error) = Run("build", "--input", site.Input, "--output", site.Output);

        Assert.Equal(ExitCodes.InputProblems, code);
        Assert.Contains(ThemeCopy.BrokenTemplateError, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_siteGen_did_not_make_is_refused_with_exit_3()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "thesis.tex"), "mine");

        var (code, _, error) = Run("build", "--input", site.Input, "--output", site.Output, "--theme", RepoPaths.Theme);

        Assert.Equal(ExitCodes.OutputFailed, code);
        Assert.Contains("was not created by SiteGen", error, StringComparison.Ordinal);
        Assert.Equal(["thesis.tex"], Directory.EnumerateFileSystemEntries(site.Output).Select(Path.GetFileName));
    }

    [Fact]
    public void An_io_failure_while_writing_is_exit_3()
    {
        using var site = new TestSite();
        var file = Path.Combine(site.Root, "a-file");
        File.WriteAllText(file, "not a folder");

        var (code, _, error) = Run("build", "--input", site.Input, "--output", Path.Combine(file, "site"), "--theme", RepoPaths.Theme);

        Assert.Equal(ExitCodes.OutputFailed, code);
        Assert.Contains("could not write the site", error, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("export", "--format", "json")]
    public void A_missing_input_folder_is_one_clear_usage_error_and_nothing_is_written(params string[] command)
    {
        var project = Path.Combine(Path.GetTempPath(), "sitegen-missing-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(project, "input");

        var (code, output, error) = Run([.. command, "--input", input]);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal($"input folder not found: {input} (--input names the folder holding the listings and site.yml)", error.Trim());
        Assert.Equal("", output);
        Assert.False(Directory.Exists(project));
    }
}
