using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Output;

/// <summary>What writing the site cost: files and bytes actually written, and files reused by hard link.</summary>
public sealed record WriteResult(bool Written, int FilesWritten, long BytesWritten, int FilesReused)
{
    public static readonly WriteResult Failed = new(false, 0, 0, 0);
}

/// <summary>
/// Puts a complete site on disk, all or nothing: files are written, as the stages make
/// them and from any thread, into a fresh temporary folder beside the output folder, which
/// replaces the old output only on <see cref="Commit"/>, once every file is there.
/// Disposing an uncommitted writer deletes the temporary folder and leaves the old output
/// as it was. Files whose content did not change since the last build are hard-linked from
/// the old output instead of written again. A folder SiteGen did not make (no marker file)
/// is refused, never emptied, and no path may leave the output folder.
/// </summary>
public sealed class SiteWriter : IDisposable
{
    /// <summary>Marks a folder as SiteGen's output (and holds its <see cref="OutputManifest"/>).</summary>
    public const string MarkerFile = ".sitegen-output";

    private readonly string _output;
    private readonly string _temp;
    private readonly IReadOnlyDictionary<string, string> _previous;
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errors = new();
    private int _written, _reused;
    private long _bytes;
    private bool _committed;

    // One thread creates the files: creating files in one folder from several threads only
    // makes them queue on the folder's lock in the kernel (spinning, on ext4), while the
    // threads that render pages are better used rendering. Bounded, so pages that wait to
    // be written cannot pile up in memory.
    private readonly BlockingCollection<(SiteFile File, string Hash)> _queue = new(boundedCapacity: 256);
    private readonly Thread _disk;

    private SiteWriter(string output, string temp, IReadOnlyDictionary<string, string> previous)
    {
        _output = output;
        _temp = temp;
        _previous = previous;
        _disk = new Thread(WriteQueued) { IsBackground = true, Name = "sitegen-writer" };
        _disk.Start();
    }

    public static OutputManifest? ReadManifest(string outputDir) => OutputManifest.Read(Path.Combine(outputDir, MarkerFile));

    /// <summary>Starts writing a new site for <paramref name="outputDir"/>; null (with an error) if that folder may not be replaced.</summary>
    public static SiteWriter? Open(string outputDir, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        if (!IsReplaceable(output, out var reason))
        {
            diagnostics.Error(new SourceLocation(outputDir, 0), reason);
            return null;
        }
        RecoverLeftovers(output, diagnostics);
        var temp = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(outputDir, 0), $"could not write the site: {ex.Message}; the previous output is unchanged");
            return null;
        }
        return new SiteWriter(output, temp, ReadManifest(output)?.Hashes ?? new Dictionary<string, string>());
    }

    /// <summary>Paths of every file added so far.</summary>
    public IEnumerable<string> Paths => _hashes.Keys;

    /// <summary>Queues one file for the new site (written, or linked from the old one if unchanged). Thread-safe; a failure is kept for <see cref="Commit"/>.</summary>
    public void Add(SiteFile file)
    {
        if (!IsSafeRelativePath(file.Path))
        {
            _errors.Enqueue($"refusing to write '{file.Path}': not a plain path inside the output folder");
            return;
        }
        var hash = OutputManifest.Hash(file.Content.Span);
        if (!_hashes.TryAdd(file.Path, hash))
        {
            _errors.Enqueue($"two files for '{file.Path}'");
            return;
        }
        _queue.Add((file, hash));
    }

    private void WriteQueued()
    {
        foreach (var (file, hash) in _queue.GetConsumingEnumerable())
        {
            try
            {
                var target = Path.Combine(_temp, file.Path);
                var folder = Path.GetDirectoryName(target)!;
                if (_folders.Add(folder)) Directory.CreateDirectory(folder);
                if (_previous.TryGetValue(file.Path, out var old) && old == hash && HardLink.TryCreate(Path.Combine(_output, file.Path), target))
                {
                    _reused++;
                    continue;
                }
                // A handle and one positioned write: no buffer, no seek.
                using (var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write))
                    RandomAccess.Write(handle, file.Content.Span, 0);
                _written++;
                _bytes += file.Content.Length;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _errors.Enqueue($"could not write '{file.Path}': {ex.Message}");
            }
        }
    }

    /// <summary>Waits until every added file is on disk.</summary>
    private void Drain()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _disk.Join();
    }

    /// <summary>Writes the manifest and swaps the new site in place of the old one, unless a file could not be written.</summary>
    public WriteResult Commit(string fingerprint, DiagnosticBag diagnostics)
    {
        Drain();
        var at = new SourceLocation(_output, 0);
        if (!_errors.IsEmpty)
        {
            foreach (var error in _errors.Order(StringComparer.Ordinal)) diagnostics.Error(at, error + "; the previous output is unchanged");
            return WriteResult.Failed;
        }
        try
        {
            using (var manifest = new StreamWriter(Path.Combine(_temp, MarkerFile)))
                new OutputManifest(fingerprint, diagnostics.Items, _hashes).WriteTo(manifest);
            if (Directory.Exists(_output))
            {
                var old = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
                Directory.Move(_output, old);
                Directory.Move(_temp, _output);
                Directory.Delete(old, recursive: true);
            }
            else
            {
                Directory.Move(_temp, _output);
            }
            _committed = true;
            return new WriteResult(true, _written, _bytes, _reused);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(at, $"could not write the site: {ex.Message}; the previous output is unchanged");
            return WriteResult.Failed;
        }
    }

    /// <summary>
    /// A build killed part-way leaves its temporary folder (".output.tmp-PID-…") and, killed
    /// between the two renames of the swap, the previous site as ".output.old-PID-…" with no
    /// output folder. Those of processes no longer running are cleaned up: a previous site
    /// is put back where the output is missing, the rest is deleted.
    /// </summary>
    private static void RecoverLeftovers(string output, DiagnosticBag diagnostics)
    {
        var parent = Path.GetDirectoryName(output)!;
        var prefix = $".{Path.GetFileName(output)}.";
        if (!Directory.Exists(parent)) return;
        foreach (var dir in Directory.EnumerateDirectories(parent, prefix + "*").Order(StringComparer.Ordinal))
        {
            var rest = Path.GetFileName(dir)[prefix.Length..].Split('-');
            if (rest.Length != 3 || rest[0] is not ("tmp" or "old") || !int.TryParse(rest[1], out var pid) || IsRunning(pid)) continue;
            if (rest[0] == "old" && !Directory.Exists(output) && File.Exists(Path.Combine(dir, MarkerFile)))
            {
                try
                {
                    Directory.Move(dir, output);
                    diagnostics.Info(new SourceLocation(output, 0), "put back the previous site, left aside by a build that was stopped part-way");
                    continue;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return; // leave everything as found
                }
            }
            TryDelete(dir);
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>An uncommitted site is thrown away; the old output stays.</summary>
    public void Dispose()
    {
        Drain();
        _queue.Dispose();
        if (!_committed) TryDelete(_temp);
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
