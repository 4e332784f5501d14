namespace SiteGen.Output;

/// <summary>
/// Writes one file whole or not at all: into a temporary file beside it, flushed to disk,
/// then renamed over it, so a crash or a full disk leaves the old file (or none), never half
/// of the new one. For the files SiteGen writes outside the output folder: the permalink map
/// and exports.
/// </summary>
public static class AtomicFile
{
    private const string Kind = "tmp";

    /// <exception cref="IOException">The file could not be written; the old one is unchanged and no temporary file is left.</exception>
    /// <exception cref="UnauthorizedAccessException">Likewise, for a folder the user may not write to.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        var temp = Temporaries.NameFor(path, Kind);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); } catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { /* best effort */ }
            throw;
        }
    }

    public static void Write(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    /// <summary>Deletes the temporary files a killed process left beside <paramref name="path"/>; returns their names.</summary>
    public static IReadOnlyList<string> RemoveLeftovers(string path)
    {
        var removed = new List<string>();
        foreach (var (leftover, _) in Temporaries.LeftBy(path, Kind))
        {
            try
            {
                File.Delete(leftover);
                removed.Add(Path.GetFileName(leftover));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Harmless where it is: a dot-file, never read as input.
            }
        }
        return removed;
    }
}
