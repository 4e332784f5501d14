using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Tests.Support;

/// <summary>
/// A scratch project (input/ copied from the shipped one or written by the test, theme/
/// from the repo) built into its own output folder, so tests never touch the repo's
/// input/permalinks.yml or output/.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public TestSite(bool copyShippedInput = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
        if (copyShippedInput)
            foreach (var file in Directory.EnumerateFiles(RepoPaths.Input))
                if (Path.GetFileName(file) != "permalinks.yml") File.Copy(file, Path.Combine(Input, Path.GetFileName(file)));
    }

    public string Root { get; }
    public string Input => Path.Combine(Root, "input");
    public string Output => Path.Combine(Root, "output");

    public DiagnosticBag Diagnostics { get; private set; } = new();

    public BuildResult Build(string? baseUrl = null, string? theme = null, bool strict = false, bool resetPermalinks = false, Action<string>? onStageStart = null)
    {
        Diagnostics = new DiagnosticBag();
        return BuildPipeline.Run(new BuildOptions
        {
            InputDir = Input,
            ThemeDir = theme ?? RepoPaths.Theme,
            OutputDir = Output,
            BaseUrl = baseUrl,
            Strict = strict,
            ResetPermalinks = resetPermalinks,
            OnStageStart = onStageStart,
        }, Diagnostics);
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string sitePath) => File.ReadAllText(Path.Combine(Output, sitePath));

    public bool Exists(string sitePath) => File.Exists(Path.Combine(Output, sitePath));

    public IDocument Html(string sitePath) => new HtmlParser().ParseDocument(Read(sitePath));

    public IEnumerable<string> Pages(string folder = "") =>
        Directory.EnumerateFiles(Path.Combine(Output, folder), "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Output, p).Replace('\\', '/'));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
