using SiteGen.Configuration;

namespace SiteGen.Pipeline;

/// <summary>
/// Where the site goes, decided once from what the build already read: --output, else
/// site.yml's <c>output</c> relative to the project folder (the input folder's parent).
/// `build`, `serve` and `check` all ask here, so they never disagree on it.
/// </summary>
public static class OutputLocation
{
    public static string Resolve(string inputDir, string? explicitOutput, SiteConfig config) =>
        explicitOutput is { } dir
            ? Path.GetFullPath(dir)
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputDir)) ?? ".", config.Output));
}
