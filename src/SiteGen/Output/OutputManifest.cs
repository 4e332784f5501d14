using System.Globalization;
using System.IO.Enumeration;
using System.Security.Cryptography;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Output;

/// <summary>One file of a built site as its manifest records it: content hash and size in bytes.</summary>
public readonly record struct ManifestFile(string Hash, long Size);

/// <summary>
/// What a build wrote, kept in the output's marker file: the inputs' fingerprint, the
/// diagnostics it reported, how many papers its permalink map held, and every file's content
/// hash and size. The next build uses it to skip a build whose inputs did not change (if the
/// files are all still there), to reuse unchanged files, and to notice a permalink map that
/// lost entries since.
/// </summary>
public sealed record OutputManifest(string Fingerprint, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, ManifestFile> Files)
{
    private const string Header = "SiteGen output manifest v2 — this folder is generated; `sitegen build` replaces it whole.";

    /// <summary>Papers in the permalink map the site was built with; null in a manifest that did not record it.</summary>
    public int? PermalinkCount { get; init; }

    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16));

    /// <summary>Writes the manifest (a line per file of the site) straight to <paramref name="w"/>, never held whole.</summary>
    public void WriteTo(TextWriter w)
    {
        w.WriteLine(Header);
        w.WriteLine($"fingerprint\t{Fingerprint}");
        if (PermalinkCount is { } count) w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"permalinks\t{count}"));
        foreach (var d in Diagnostics)
            w.WriteLine($"diagnostic\t{d.Severity}\t{d.Location.File}\t{d.Location.Line}\t{d.Message.ReplaceLineEndings(" ")}");
        foreach (var (path, file) in Files.OrderBy(h => h.Key, StringComparer.Ordinal))
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file\t{file.Hash}\t{file.Size}\t{path}"));
    }

    /// <summary>Reads a manifest; null if the file is missing or not one (an older or foreign marker).</summary>
    public static OutputManifest? Read(string path)
    {
        if (!File.Exists(path)) return null;
        string fingerprint = "";
        int? permalinks = null;
        var diagnostics = new List<Diagnostic>();
        var files = new Dictionary<string, ManifestFile>(StringComparer.Ordinal);
        try
        {
            using var reader = new StreamReader(path);
            if (reader.ReadLine() != Header) return null;
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split('\t');
                switch (parts[0])
                {
                    case "fingerprint" when parts.Length == 2: fingerprint = parts[1]; break;
                    case "permalinks" when parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var count): permalinks = count; break;
                    case "file" when parts.Length == 4 && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var size):
                        files[parts[3]] = new ManifestFile(parts[1], size);
                        break;
                    case "diagnostic" when parts.Length == 5 && Enum.TryParse<DiagnosticSeverity>(parts[1], out var severity)
                                                             && int.TryParse(parts[3], CultureInfo.InvariantCulture, out var lineNo):
                        diagnostics.Add(new Diagnostic(severity, new SourceLocation(parts[2], lineNo), parts[4]));
                        break;
                    default: return null;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // unreadable: as good as none, the next build writes a new one
        }
        return new OutputManifest(fingerprint, diagnostics, files) { PermalinkCount = permalinks };
    }

    /// <summary>
    /// Every file the manifest lists is in <paramref name="outputDir"/> with its size, and
    /// nothing else is: a deleted or truncated page makes the site out of date whatever the
    /// inputs say. One walk of the folder, no file read.
    /// </summary>
    public bool IsIntact(string outputDir)
    {
        var found = 0;
        var enumeration = new FileSystemEnumerable<(string Path, long Size)>(outputDir,
            (ref FileSystemEntry e) => (Path.GetRelativePath(outputDir, e.ToFullPath()).Replace('\\', '/'), e.Length),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            // The writer makes no links to folders; one that appeared is not followed.
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        try
        {
            foreach (var (path, size) in enumeration)
            {
                if (path == SiteWriter.MarkerFile) continue;
                if (!Files.TryGetValue(path, out var file) || file.Size != size) return false;
                found++;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        return found == Files.Count;
    }
}
