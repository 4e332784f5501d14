using SiteGen.Cli;

namespace SiteGen.Tests.Cli;

/// <summary>`sitegen --help` and each command's help name the program, every option and the exit codes (issue 8).</summary>
public sealed class HelpTests
{
    public static TheoryData<string> Commands => ["build", "serve", "check", "export", "new"];

    private static (int Code, string Output) Help(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommandLine.Run([.. args, "--help"], output, error);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static void AssertExitCodesDocumented(string help)
    {
        var section = help[help.IndexOf("Exit codes:", StringComparison.Ordinal)..];
        Assert.Contains("  0  success", section, StringComparison.Ordinal);
        Assert.Contains("  1  input problems", section, StringComparison.Ordinal);
        Assert.Contains("  2  wrong command line", section, StringComparison.Ordinal);
        Assert.Contains("  3  output could not be written", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_help_names_the_program_sitegen_lists_the_commands_and_the_exit_codes()
    {
        var (code, help) = Help();

        Assert.Equal(0, code);
        Assert.Contains("Usage:\n  sitegen [command] [options]", help, StringComparison.Ordinal);
        Assert.DoesNotContain("testhost", help, StringComparison.OrdinalIgnoreCase);
        foreach (var command in Commands) Assert.Contains($"\n  {command} ", help, StringComparison.Ordinal);
        AssertExitCodesDocumented(help);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_help_shows_its_usage_every_option_and_the_exit_codes(string command)
    {
        var (code, help) = Help(command);

        Assert.Equal(0, code);
        Assert.Contains($"Usage:\n  sitegen {command}", help, StringComparison.Ordinal);
        var definition = SiteGenCommandLine.Create(TextWriter.Null, TextWriter.Null).Subcommands.Single(c => c.Name == command);
        Assert.NotEmpty(definition.Options.Concat<System.CommandLine.Symbol>(definition.Arguments));
        foreach (var option in definition.Options)
        {
            Assert.Contains(option.Name, help, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{command} {option.Name} has no description");
        }
        foreach (var argument in definition.Arguments)
        {
            Assert.Contains($"<{argument.Name}>", help, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(argument.Description), $"{command} <{argument.Name}> has no description");
        }
        AssertExitCodesDocumented(help);
    }

    [Fact]
    public void Check_strict_says_it_also_fails_on_near_duplicate_papers()
    {
        var (_, help) = Help("check");
        var strict = help.Split('\n').Single(l => l.TrimStart().StartsWith("--strict", StringComparison.Ordinal));
        Assert.Contains("near-duplicate papers", strict, StringComparison.Ordinal);
    }
}
