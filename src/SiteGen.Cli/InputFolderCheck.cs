namespace SiteGen.Cli;

/// <summary>
/// A missing input folder is one clear usage error before anything runs: otherwise the
/// build would go on to write an empty site and then fail to save the permalink map.
/// </summary>
internal static class InputFolderCheck
{
    public static bool Exists(string inputDir, TextWriter error)
    {
        if (Directory.Exists(inputDir)) return true;
        error.WriteLine($"input folder not found: {Path.GetFullPath(inputDir)} (--input names the folder holding the listings and site.yml)");
        return false;
    }
}
