using System.Diagnostics;
using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// Issue 15: `export -o` never overwrites an input (a listing, a paper's notes) nor writes where
/// the next build would read it as one, and writes each file whole or not at all.
/// </summary>
public sealed class ExportSafetyTests : IDisposable
{
    private const string Listing = "Doe, Jane\nA Paper To Export\nDoe, Jane\nAn abstract long enough to be one, about exports that must not eat their input.\n";

    private readonly TestSite _site = new(copyShippedInput: false);

    public ExportSafetyTests() => _site.Write("list.txt", Listing);

    public void Dispose() => _site.Dispose();

    private static (int Code, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SiteGenCommandLine.Run(args, output, error);
        return (code, error.ToString());
    }

    [Theory]
    [InlineData("json", "list.txt")] // a listing
    [InlineData("csl-json", "site.yml")]
    [InlineData("json", "papers.json")] // new, but the next build would read it as a listing
    [InlineData("markdown", ".")] // one .md per paper among the listings
    [InlineData("markdown", "papers")] // over the papers' notes
    public void An_export_into_the_inputs_is_refused_and_changes_nothing(string format, string target)
    {
        _site.Write("site.yml", "title: Kept\n");
        _site.Write("papers/a-paper-to-export.md", "Notes the user wrote.\n");
        var before = Directory.EnumerateFiles(_site.Input, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

        var (code, error) = Run("export", "--format", format, "--input", _site.Input, "-o", Path.Combine(_site.Input, target));

        Assert.Equal(ExitCodes.OutputFailed, code);
        Assert.Contains("refusing to export", error, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFiles(_site.Input, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText));
    }

    [Fact]
    public void An_export_killed_while_writing_leaves_the_previous_file_whole_and_the_next_export_cleans_up()
    {
        // A listing big enough that its export outgrows the file size limit set below.
        var text = new System.Text.StringBuilder("Doe, Jane\n");
        for (var i = 0; i < 400; i++)
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Paper Number {i} On Killed Exports\nDoe, Jane\nAn abstract long enough to be one, repeated to make the export large: {new string('x', 600)}\n");
        _site.Write("list.txt", text.ToString());
        var target = Path.Combine(_site.Root, "papers.json");
        File.WriteAllText(target, "[\"the previous export\"]");

        // The system kills the process (SIGXFSZ) once it writes past 200 KiB, as a crash or a kill would, mid-file.
        var killed = Cli($"ulimit -f 200; exec \"$0\" \"$@\"", "export", "--format", "json", "--input", _site.Input, "-o", target);

        Assert.NotEqual(0, killed);
        Assert.Equal("[\"the previous export\"]", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(_site.Root, ".papers.json.tmp-*"));

        Assert.Equal(ExitCodes.Success, Run("export", "--format", "json", "--input", _site.Input, "-o", target).Code);
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal(400, json.RootElement.GetArrayLength());
        Assert.Empty(Directory.GetFiles(_site.Root, ".papers.json.tmp-*"));
    }

    /// <summary>Runs the real command line in a shell that first runs <paramref name="prefix"/>; returns its exit code.</summary>
    private static int Cli(string prefix, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(prefix);
        start.ArgumentList.Add(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The runtime's double-mapped code pages are files too; without them it starts under the limit.
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
