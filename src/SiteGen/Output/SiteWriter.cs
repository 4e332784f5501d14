using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Output;

/// <summary>What writing the site cost: files and bytes actually written, and files reused by hard link.</summary>
public sealed record WriteResult(bool Written, int FilesWritten, long BytesWritten, int FilesReused)
{
    public static readonly WriteResult Failed = new(false, 0, 0, 0);
}

/// <summary>
/// Puts a complete site on disk, all or nothing: files go to a fresh temporary folder
/// beside the output folder, which replaces the old output only once every file is
/// written. Files whose content did not change since the last build are hard-linked from
/// the old output instead of written again. A folder SiteGen did not make (no marker
/// file) is refused, never emptied, and no path may leave the output folder.
/// </summary>
public static class SiteWriter
{
    /// <summary>Marks a folder as SiteGen's output (and holds its <see cref="OutputManifest"/>).</summary>
    public const string MarkerFile = ".sitegen-output";

    public static OutputManifest? ReadManifest(string outputDir) => OutputManifest.Read(Path.Combine(outputDir, MarkerFile));

    public static WriteResult Write(IReadOnlyList<SiteFile> files, string outputDir, string fingerprint, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var at = new SourceLocation(outputDir, 0);
        if (!IsReplaceable(output, out var reason))
        {
            diagnostics.Error(at, reason);
            return WriteResult.Failed;
        }
        foreach (var file in files)
        {
            if (!IsSafeRelativePath(file.Path))
            {
                diagnostics.Error(at, $"refusing to write '{file.Path}': not a plain path inside the output folder");
                return WriteResult.Failed;
            }
        }

        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var stamp = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        var temp = Path.Combine(parent, $".{name}.tmp-{stamp}");
        try
        {
            Directory.CreateDirectory(temp);
            foreach (var dir in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(Path.Combine(temp, dir!));
            var previous = ReadManifest(output)?.Hashes ?? new Dictionary<string, string>();
            var hashes = new string[files.Count];
            int written = 0, reused = 0;
            long bytes = 0;
            Parallel.For(0, files.Count, i =>
            {
                var file = files[i];
                var target = Path.Combine(temp, file.Path);
                hashes[i] = OutputManifest.Hash(file.Content.Span);
                if (previous.TryGetValue(file.Path, out var old) && old == hashes[i]
                    && HardLink.TryCreate(Path.Combine(output, file.Path), target))
                {
                    Interlocked.Increment(ref reused);
                    return;
                }
                using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
                    stream.Write(file.Content.Span);
                Interlocked.Increment(ref written);
                Interlocked.Add(ref bytes, file.Content.Length);
            });
            var manifest = new OutputManifest(fingerprint, diagnostics.Items,
                files.Select((f, i) => (f.Path, Hash: hashes[i])).ToDictionary(x => x.Path, x => x.Hash, StringComparer.Ordinal));
            File.WriteAllText(Path.Combine(temp, MarkerFile), manifest.Serialize());

            if (Directory.Exists(output))
            {
                var old = Path.Combine(parent, $".{name}.old-{stamp}");
                Directory.Move(output, old);
                Directory.Move(temp, output);
                Directory.Delete(old, recursive: true);
            }
            else
            {
                Directory.Move(temp, output);
            }
            return new WriteResult(true, written, bytes, reused);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(at, $"could not write the site: {ex.Message}; the previous output is unchanged");
            TryDelete(temp);
            return WriteResult.Failed;
        }
    }

    /// <summary>An output folder may be replaced if it does not exist, is empty, or carries our marker.</summary>
    public static bool IsReplaceable(string output, out string reason)
    {
        reason = "";
        if (File.Exists(output))
        {
            reason = $"output '{output}' is a file, not a folder; refusing to replace it";
            return false;
        }
        if (Path.GetPathRoot(output) == output || output == Path.GetFullPath(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)))
        {
            reason = $"output '{output}' is a root or home folder; refusing to replace it";
            return false;
        }
        if (!Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any()) return true;
        if (File.Exists(Path.Combine(output, MarkerFile))) return true;
        reason = $"output folder '{output}' was not created by SiteGen (no {MarkerFile}); refusing to replace it — choose another --output or empty it yourself";
        return false;
    }

    internal static bool IsSafeRelativePath(string path) =>
        path.Length > 0 && !Path.IsPathRooted(path) && !path.Contains('\\') && !path.Contains(':') && !path.Contains('\0')
        && path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover .tmp folder is harmless and named as ours.
        }
    }
}
