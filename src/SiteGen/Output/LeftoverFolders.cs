using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Output;

/// <summary>
/// What killed builds left beside the output folder: their temporary folders
/// (".output.tmp-PID-…", up to gigabytes after a killed build of a million papers) and, killed
/// mid-swap where the swap takes two renames, the previous site (".output.old-PID-…").
/// Every build cleans them up first, even one with nothing to do, and says what it removed.
/// </summary>
public static class LeftoverFolders
{
    internal const string OldKind = "old";

    public static IReadOnlyList<string> Find(string outputDir) =>
        [.. Temporaries.LeftBy(outputDir, SiteWriter.TempKind, OldKind).Select(l => l.Path).Where(Directory.Exists)];

    /// <summary>
    /// Puts a previous site back where the output is missing and deletes the rest, with an
    /// info line for each saying what and how big. What cannot be removed is named and left;
    /// nothing here fails a build.
    /// </summary>
    public static void Remove(string outputDir, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var at = new SourceLocation(output, 0);
        foreach (var (dir, kind) in Temporaries.LeftBy(output, SiteWriter.TempKind, OldKind))
        {
            if (!Directory.Exists(dir)) continue;
            var name = Path.GetFileName(dir);
            if (kind == OldKind && !Directory.Exists(output) && File.Exists(Path.Combine(dir, SiteWriter.MarkerFile)))
            {
                try
                {
                    Directory.Move(dir, output);
                    diagnostics.Info(at, "put back the previous site, left aside by a build that was stopped part-way");
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Info(at, $"could not put back the previous site from '{name}' ({ex.Message}); it is left there");
                }
                continue;
            }
            var size = FormatSize(SizeOf(dir));
            diagnostics.Info(at, Temporaries.Delete(dir) is { } problem
                ? $"could not remove '{name}' ({size}), left by a build that was stopped part-way: {problem}; delete it yourself"
                : $"removed '{name}' ({size}), left by a build that was stopped part-way");
        }
    }

    private static long SizeOf(string dir)
    {
        try
        {
            return new DirectoryInfo(dir).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Sum(f => f.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static string FormatSize(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.0} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.0} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024} KiB"),
    };
}
