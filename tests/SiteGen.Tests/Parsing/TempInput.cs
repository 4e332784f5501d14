using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// A throw-away input folder, so tests exercise the real read → detect → parse path
/// (file names, decoding, format detection) rather than one parser in isolation.
/// </summary>
internal sealed class TempInput : IDisposable
{
    public TempInput()
    {
        Dir = Path.Combine(Path.GetTempPath(), "sitegen-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    public string Dir { get; }

    public TempInput With(string name, string text)
    {
        File.WriteAllText(Path.Combine(Dir, name), text);
        return this;
    }

    public TempInput With(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(Dir, name), bytes);
        return this;
    }

    public (IngestResult Result, DiagnosticBag Diagnostics) Ingest()
    {
        var diagnostics = new DiagnosticBag();
        return (IngestPipeline.Run(Dir, diagnostics), diagnostics);
    }

    /// <summary>Ingests a single file as the only listing of a fresh folder.</summary>
    public static (IngestResult Result, DiagnosticBag Diagnostics) IngestOne(string name, byte[] bytes)
    {
        using var input = new TempInput().With(name, bytes);
        return input.Ingest();
    }

    public static (IngestResult Result, DiagnosticBag Diagnostics) IngestOne(string name, string text) =>
        IngestOne(name, System.Text.Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
