using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.E2E.Support;

// CA1001: xunit ends the fixture through IAsyncLifetime.DisposeAsync, which disposes both fields.
#pragma warning disable CA1001
/// <summary>
/// The shipped input built by the real pipeline with the real theme into a temp folder, opened from
/// disk and over HTTP. The HTTP server sends netlify.toml's Content-Security-Policy header, so a page
/// that breaks the policy the project deploys with fails here. Derived fixtures build with another theme or
/// more input (not sealed for them).
/// </summary>
public partial class BuiltSiteFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-e2e-site-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private StaticServer? _server;

    internal IBrowser Browser { get; private set; } = null!;

    internal string Output => Path.Combine(_root, "output");

    internal DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Files to add to the shipped input (none here).</summary>
    protected virtual void AddInput(string input)
    {
    }

    /// <summary>The theme folder to build with: the repository's, or one made under <paramref name="scratch"/>.</summary>
    protected virtual string Theme(string scratch) => RepoPaths.Theme;

    public async Task InitializeAsync()
    {
        var input = Path.Combine(_root, "input");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Input))
            if (Path.GetFileName(file) != "permalinks.yml") File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        AddInput(input);
        var result = BuildPipeline.Run(new BuildOptions { InputDir = input, ThemeDir = Theme(_root), OutputDir = Output }, Diagnostics);
        if (!result.Written) throw new InvalidOperationException("the shipped site did not build");
        _server = new StaticServer(Output, new Dictionary<string, string> { ["Content-Security-Policy"] = DeployedPolicy() });
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    /// <summary>Absolute URL of a site page, from disk or over HTTP.</summary>
    internal string Url(Mode mode, string relative) =>
        mode == Mode.File ? new Uri(Path.Combine(Output, relative.Split('?')[0])).AbsoluteUri + (relative.Contains('?', StringComparison.Ordinal) ? "?" + relative.Split('?', 2)[1] : "")
                          : _server!.BaseUrl + relative;

    /// <summary>The policy netlify.toml sends with every page.</summary>
    private static string DeployedPolicy()
    {
        var toml = File.ReadAllText(Path.Combine(RepoPaths.Root, "netlify.toml"));
        var match = CspLine().Match(toml);
        if (!match.Success) throw new InvalidOperationException("netlify.toml sets no Content-Security-Policy");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("""^\s*Content-Security-Policy\s*=\s*"([^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex CspLine();

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

#pragma warning restore CA1001
