using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Output;

/// <summary>
/// Files of a new site that could not be written, reported once per cause: a full disk
/// fails every file after the first in the same way, and is one problem, not one per file.
/// </summary>
internal sealed class WriteFailures
{
    private readonly ConcurrentQueue<(string Path, string Cause, string Message)> _items = new();
    private volatile Exception? _diskFull;

    public bool IsEmpty => _items.IsEmpty;

    /// <summary>The disk (or the user's quota) is full: writing the rest would only fail the same way.</summary>
    public bool DiskFull => _diskFull is not null;

    public void Add(string path, Exception ex)
    {
        if (IsDiskFull(ex)) _diskFull ??= ex;
        _items.Enqueue((path, Cause(ex), ex.Message));
    }

    /// <summary>A file not even tried once the disk was full: counted with that cause.</summary>
    public void AddSkipped(string path)
    {
        if (_diskFull is { } full) _items.Enqueue((path, Cause(full), full.Message));
    }

    /// <summary>The system's message names the file; the cause is the kind of error.</summary>
    private static string Cause(Exception ex) => $"{ex.GetType().Name}:{ex.HResult}";

    /// <summary>A problem of one file that is no I/O error (a path outside the output, a path made twice).</summary>
    public void Add(string path, string message) => _items.Enqueue((path, message, message));

    public void Report(DiagnosticBag diagnostics, SourceLocation at)
    {
        foreach (var cause in _items.GroupBy(i => i.Cause).OrderBy(g => g.Min(i => i.Path), StringComparer.Ordinal))
        {
            var first = cause.MinBy(i => i.Path, StringComparer.Ordinal);
            var more = cause.Count() - 1;
            diagnostics.Error(at, $"could not write '{first.Path}'{(more > 0 ? $" and {more} more file(s)" : "")}: {first.Message}; the previous output is unchanged");
        }
    }

    /// <summary>ENOSPC or EDQUOT (errno on Linux and macOS), ERROR_DISK_FULL or ERROR_HANDLE_DISK_FULL on Windows.</summary>
    private static bool IsDiskFull(Exception ex) =>
        ex is IOException && (OperatingSystem.IsWindows()
            ? (ex.HResult & 0xFFFF) is 0x70 or 0x27
            : ex.HResult is 28 or 122 or 69);
}
