using System.IO.Compression;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>
/// Packs the built site into a .zip for offline reading. A file already at the target is
/// replaced only if it is an earlier SiteGen zip (it holds the output marker); anything
/// else is the user's and is refused.
/// </summary>
internal static class SiteZipper
{
    public static bool TryZip(string outputDir, string zipPath, out string problem)
    {
        problem = "";
        var full = Path.GetFullPath(zipPath);
        if (full.StartsWith(Path.GetFullPath(outputDir) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problem = $"--zip: '{zipPath}' is inside the output folder; put it beside it";
            return false;
        }
        if (File.Exists(full) && !IsOurs(full))
        {
            problem = $"--zip: '{zipPath}' exists and was not made by SiteGen; refusing to replace it";
            return false;
        }
        var temp = full + ".tmp";
        File.Delete(temp);
        ZipFile.CreateFromDirectory(outputDir, temp, CompressionLevel.Optimal, includeBaseDirectory: false);
        File.Move(temp, full, overwrite: true);
        return true;
    }

    private static bool IsOurs(string zip)
    {
        try
        {
            using var archive = ZipFile.OpenRead(zip);
            return archive.GetEntry(SiteWriter.MarkerFile) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
