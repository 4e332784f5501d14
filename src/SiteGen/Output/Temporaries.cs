namespace SiteGen.Output;

/// <summary>
/// The names SiteGen gives what it writes before renaming it into place — ".NAME.KIND-PID-GUID"
/// beside the target (".output.tmp-…", ".permalinks.yml.tmp-…") — and the ones a killed
/// process left behind. Dot-names, so they are never read as input; the process id tells a
/// leftover (its process is gone) from a build still running beside this one.
/// </summary>
internal static class Temporaries
{
    public static string NameFor(string target, string kind)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{kind}-{Environment.ProcessId}-{Guid.NewGuid():N}");
    }

    /// <summary>Files and folders beside <paramref name="target"/> named as a temporary of one of <paramref name="kinds"/> by a process no longer running.</summary>
    public static IEnumerable<(string Path, string Kind)> LeftBy(string target, params string[] kinds)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full);
        var prefix = $".{Path.GetFileName(full)}.";
        if (parent is null || !Directory.Exists(parent)) yield break;
        foreach (var path in Directory.EnumerateFileSystemEntries(parent, prefix + "*").Order(StringComparer.Ordinal))
        {
            var rest = Path.GetFileName(path)[prefix.Length..].Split('-');
            if (rest.Length == 3 && kinds.Contains(rest[0]) && int.TryParse(rest[1], out var pid) && !IsRunning(pid))
                yield return (path, rest[0]);
        }
    }

    /// <returns>Null once the folder is gone, else why it is not.</returns>
    public static string? Delete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
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
}
