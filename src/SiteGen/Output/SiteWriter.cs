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
/// replaces the old output only on <see cref="Commit"/>, once every file is there, in one
/// step where the system allows (<see cref="FolderSwap"/>).
/// Disposing an uncommitted writer deletes the temporary folder and leaves the old output
/// as it was. Files whose content did not change since the last build are hard-linked from
/// the old output instead of written again. A folder SiteGen did not make (no marker file)
/// is refused, never emptied, and no path may leave the output folder.
/// </summary>
public sealed class SiteWriter : IDisposable
{
    /// <summary>Marks a folder as SiteGen's output (and holds its <see cref="OutputManifest"/>).</summary>
    public const string MarkerFile = ".sitegen-output";

    /// <summary>What a temporary folder of a build is called (".output.tmp-PID-…").</summary>
    internal const string TempKind = "tmp";

    private readonly string _output;
    private readonly string _temp;
    private readonly IReadOnlyDictionary<string, ManifestEntry> _previous;
    private readonly ConcurrentDictionary<string, ManifestEntry> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly WriteFailures _failures = new();
    private int _written, _reused;
    private long _bytes;
    private bool _committed;

    // One thread creates the files: creating files in one folder from several threads only
    // makes them queue on the folder's lock in the kernel (spinning, on ext4), while the
    // threads that render pages are better used rendering. Bounded, so pages that wait to
    // be written cannot pile up in memory.
    private readonly BlockingCollection<(SiteFile File, string Hash)> _queue = new(boundedCapacity: 256);
    private readonly Thread _disk;

    private SiteWriter(string output, string temp, IReadOnlyDictionary<string, ManifestEntry> previous)
    {
        _output = output;
        _temp = temp;
        _previous = previous;
        _disk = new Thread(WriteQueued) { IsBackground = true, Name = "sitegen-writer" };
        _disk.Start();
    }

    public static OutputManifest? ReadManifest(string outputDir) => OutputManifest.Read(Path.Combine(outputDir, MarkerFile));

    /// <summary>Starts writing a new site for <paramref name="outputDir"/>; null (with an error) if that folder may not be replaced.</summary>
    public static SiteWriter? Open(string outputDir, DiagnosticBag diagnostics) => Open(outputDir, diagnostics, ReadManifest(outputDir));

    /// <param name="previous">The manifest of the site in <paramref name="outputDir"/>, as the caller already read it (at 300k papers it is a million lines).</param>
    public static SiteWriter? Open(string outputDir, DiagnosticBag diagnostics, OutputManifest? previous)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        if (!IsReplaceable(output, out var reason))
        {
            diagnostics.Error(new SourceLocation(outputDir, 0), reason);
            return null;
        }
        var temp = Temporaries.NameFor(output, TempKind);
        try
        {
            Directory.CreateDirectory(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(outputDir, 0), $"could not write the site: {ex.Message}; the previous output is unchanged");
            return null;
        }
        return new SiteWriter(output, temp, previous?.Files ?? new Dictionary<string, ManifestEntry>());
    }

    /// <summary>Paths of every file added so far.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Queues one file for the new site (written, or linked from the old one if unchanged). Thread-safe; a failure is kept for <see cref="Commit"/>.</summary>
    public void Add(SiteFile file)
    {
        if (!IsSafeRelativePath(file.Path))
        {
            _failures.Add(file.Path, "not a plain path inside the output folder");
            return;
        }
        var hash = file.Reused?.Hash ?? OutputManifest.Hash(file.Content.Span);
        if (!_files.TryAdd(file.Path, new ManifestEntry(hash, file.Length, file.Key)))
        {
            _failures.Add(file.Path, "two files for this path");
            return;
        }
        _queue.Add((file, hash));
    }

    private void WriteQueued()
    {
        foreach (var (file, hash) in _queue.GetConsumingEnumerable())
        {
            if (_failures.DiskFull)
            {
                _failures.AddSkipped(file.Path);
                continue;
            }
            try
            {
                var target = Path.Combine(_temp, file.Path);
                var folder = Path.GetDirectoryName(target)!;
                if (!_folders.Contains(folder))
                {
                    Directory.CreateDirectory(folder);
                    _folders.Add(folder);
                }
                if (_previous.TryGetValue(file.Path, out var old) && old.Hash == hash && HardLink.TryCreate(Path.Combine(_output, file.Path), target))
                {
                    _reused++;
                    continue;
                }
                if (file.Reused is not null)
                {
                    // Not rendered this time, and no link could be made (a file system without them): a copy.
                    File.Copy(Path.Combine(_output, file.Path), target);
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
                _failures.Add(file.Path, ex);
            }
        }
    }

    /// <summary>Waits until every added file is on disk.</summary>
    private void Drain()
    {
        if (!_queue.IsAddingCompleted) _queue.CompleteAdding();
        _disk.Join();
    }

    /// <summary>
    /// Writes the manifest and swaps the new site in place of the old one, unless a file could
    /// not be written or <paramref name="beforeSwap"/> (which saves what must exist before the
    /// site goes live: the permalink map) says no. Every outcome is reported as it is: the
    /// previous output is called unchanged only when it is.
    /// </summary>
    /// <param name="pagesReusable">The build found no broken link and no template problem: the next may reuse its pages (<see cref="OutputManifest.PagesReusable"/>).</param>
    public WriteResult Commit(string fingerprint, int? permalinkCount, DiagnosticBag diagnostics, Func<bool>? beforeSwap = null, bool pagesReusable = false)
    {
        Drain();
        var at = new SourceLocation(_output, 0);
        if (!_failures.IsEmpty)
        {
            _failures.Report(diagnostics, at);
            return WriteResult.Failed;
        }
        try
        {
            using var manifest = new StreamWriter(Path.Combine(_temp, MarkerFile));
            new OutputManifest(fingerprint, diagnostics.Items, _files) { PermalinkCount = permalinkCount, PagesReusable = pagesReusable }.WriteTo(manifest);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(at, $"could not write the site: {ex.Message}; the previous output is unchanged");
            return WriteResult.Failed;
        }
        if (beforeSwap is not null && !beforeSwap()) return WriteResult.Failed;

        string? previous;
        try
        {
            previous = FolderSwap.Replace(_output, _temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(at, $"could not put the new site in place: {ex.Message}{(Directory.Exists(_output) ? "; the previous output is unchanged" : "")}");
            return WriteResult.Failed;
        }
        _committed = true;
        // The new site is live whatever happens now: a previous site that cannot be deleted
        // (a file owned by another user, immutable) is left for the next build to try again.
        if (previous is not null && Temporaries.Delete(previous) is { } problem)
            diagnostics.Info(at, $"the new site is in place, but the previous one could not be deleted ({problem}); it is left at '{previous}': delete it yourself, or the next build tries again");
        return new WriteResult(true, _written, _bytes, _reused);
    }

    /// <summary>An uncommitted site is thrown away; the old output stays.</summary>
    public void Dispose()
    {
        Drain();
        _queue.Dispose();
        if (!_committed) Temporaries.Delete(_temp);
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
}
