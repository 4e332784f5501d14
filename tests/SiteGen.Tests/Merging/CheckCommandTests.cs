using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Merging;

/// <summary><c>sitegen check</c> on the shipped input, run in-process.</summary>
public sealed class CheckCommandTests
{
    private static (int Exit, string Output) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SiteGenCommandLine.Run(["check", "--input", RepoPaths.Input, .. args], output, error);
        return (exit, output.ToString());
    }

    [Fact]
    public void Check_prints_the_near_duplicate_and_exits_zero()
    {
        var (exit, output) = Run();
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("208 papers", output, StringComparison.Ordinal);
        Assert.Contains("Near-duplicate papers (similar titles, not merged): 1", output, StringComparison.Ordinal);
        Assert.Contains("primordiality of colours", output, StringComparison.Ordinal);
        Assert.DoesNotContain("may be one person", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_authors_lists_look_alike_names_and_merges_made_on_evidence()
    {
        var (_, output) = Run("--authors");
        Assert.Contains("Names that may be one person (not merged): 0", output, StringComparison.Ordinal);
        Assert.Contains("\"Chris Holmes\" = \"Christopher C Holmes\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_check_fails_while_a_near_duplicate_is_unsettled()
    {
        Assert.Equal(ExitCodes.InputProblems, Run("--strict").Exit);
    }

    /// <summary>
    /// The shipped input also has warnings, which fail --strict on their own: only input with
    /// nothing else to report shows that an unsettled near-duplicate alone fails it (issue 15).
    /// </summary>
    [Fact]
    public void Strict_check_fails_on_a_near_duplicate_alone()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", """
            Doe, Jane
            On the primordiality of colours
            Doe, Jane
            An abstract long enough to be one, written in British English.
            On the primordiality of colors
            Doe, Jane
            An abstract long enough to be one, written in American English.
            """);
        var input = site.Input;
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(ExitCodes.Success, SiteGenCommandLine.Run(["check", "--input", input], output, error));
        Assert.Equal("", error.ToString()); // nothing else to report
        Assert.Contains("Near-duplicate papers (similar titles, not merged): 1", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InputProblems, SiteGenCommandLine.Run(["check", "--input", input, "--strict"], output, error));
    }
}
