using System.Globalization;
using System.Security.Cryptography;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Output;

/// <summary>
/// What a build wrote, kept in the output's marker file: the inputs' fingerprint, the
/// diagnostics it reported, and every file's content hash. The next build uses it to
/// skip a build whose inputs did not change, and to reuse unchanged files.
/// </summary>
public sealed record OutputManifest(string Fingerprint, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, string> Hashes)
{
    private const string Header = "SiteGen output manifest v1 — this folder is generated; `sitegen build` replaces it whole.";

    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16));

    /// <summary>Writes the manifest (a line per file of the site) straight to <paramref name="w"/>, never held whole.</summary>
    public void WriteTo(TextWriter w)
    {
        w.WriteLine(Header);
        w.WriteLine($"fingerprint\t{Fingerprint}");
        foreach (var d in Diagnostics)
            w.WriteLine($"diagnostic\t{d.Severity}\t{d.Location.File}\t{d.Location.Line}{(d.Location.Column > 0 ? "," + d.Location.Column.ToString(CultureInfo.InvariantCulture) : "")}\t{d.Message.ReplaceLineEndings(" ")}");
        foreach (var (path, hash) in Hashes.OrderBy(h => h.Key, StringComparer.Ordinal))
            w.WriteLine($"file\t{hash}\t{path}");
    }

    /// <summary>Reads a manifest; null if the file is missing or not one (an older or foreign marker).</summary>
    public static OutputManifest? Read(string path)
    {
        if (!File.Exists(path)) return null;
        string fingerprint = "";
        var diagnostics = new List<Diagnostic>();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = new StreamReader(path);
        if (reader.ReadLine() != Header) return null;
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "fingerprint" when parts.Length == 2: fingerprint = parts[1]; break;
                case "file" when parts.Length == 3: hashes[parts[2]] = parts[1]; break;
                // "12" or, for templates, "12,7" (line, column).
                case "diagnostic" when parts.Length == 5 && Enum.TryParse<DiagnosticSeverity>(parts[1], out var severity)
                                                         && parts[3].Split(',') is [var l, .. var c] && c.Length <= 1
                                                         && int.TryParse(l, CultureInfo.InvariantCulture, out var lineNo):
                    var column = c.Length == 1 && int.TryParse(c[0], CultureInfo.InvariantCulture, out var col) ? col : 0;
                    diagnostics.Add(new Diagnostic(severity, new SourceLocation(parts[2], lineNo, column), parts[4]));
                    break;
                default: return null;
            }
        }
        return new OutputManifest(fingerprint, diagnostics, hashes);
    }
}
