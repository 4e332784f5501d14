namespace SiteGen.Reading;

/// <summary>
/// Where a path really leads: every symbolic link on the way followed, one component at a
/// time, as the system does when it opens the file. Done by hand rather than by opening the
/// file so that a link into /proc or /etc is seen before anything is read, and a loop of
/// links is a finite answer (the system's own limit of 40 links), never a hang.
/// </summary>
internal static class RealPath
{
    /// <summary>Linux gives up (ELOOP) after 40 links on one path; so do we, on every system.</summary>
    private const int MaxLinks = 40;

    /// <returns>The absolute path with no link left in it, or null with <paramref name="problem"/> saying why.</returns>
    public static string? Resolve(string path, out string? problem)
    {
        problem = null;
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                // The parent of where the links led so far, as the system resolves "..".
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Join(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problem = ex.Message;
                return null;
            }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                problem = "symbolic links that lead round in a loop";
                return null;
            }
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(Path.GetFullPath(target))!;
            Push(pending, Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target);
        }
        if (!File.Exists(current) && !Directory.Exists(current))
        {
            problem = links > 0 ? $"a symbolic link to '{current}', which does not exist" : "does not exist";
            return null;
        }
        return current;
    }

    /// <summary>
    /// Where <paramref name="path"/> would be, although it need not exist yet: its deepest
    /// existing part resolved, links and all, with the rest added as written.
    /// </summary>
    public static string Locate(string path)
    {
        var existing = Path.GetFullPath(path);
        var rest = "";
        while (!File.Exists(existing) && !Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            rest = Path.Join(Path.GetFileName(existing), rest);
            existing = parent;
        }
        return Path.Join(Resolve(existing, out _) ?? existing, rest).TrimEnd(Path.DirectorySeparatorChar);
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
