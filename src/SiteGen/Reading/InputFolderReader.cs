using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Reading;

/// <summary>
/// Reads every listing in the input folder. Listings are the top-level files that are
/// not settings or SiteGen's own state; sub-folders (such as papers/) hold other inputs.
/// Files are read in ordinal name order so builds do not depend on the file system.
/// </summary>
public static class InputFolderReader
{
    /// <summary>Files in input/ that are not listings.</summary>
    public static readonly IReadOnlySet<string> ReservedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        SiteConfigLoader.FileName, "site.yaml", "permalinks.yml", "README.md",
    };

    public static IReadOnlyList<SourceText> Read(string inputDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(inputDir))
        {
            diagnostics.Error(new SourceLocation(inputDir, 0), "input folder not found");
            return [];
        }

        var files = Directory.EnumerateFiles(inputDir)
            .Where(p => !Path.GetFileName(p).StartsWith('.') && !ReservedNames.Contains(Path.GetFileName(p)))
            .Order(StringComparer.Ordinal)
            .ToList();

        var texts = new SourceText?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var name = Path.GetFileName(files[i]);
            try
            {
                texts[i] = SourceDecoder.Decode(name, File.ReadAllBytes(files[i]), diagnostics);
            }
            catch (IOException ex)
            {
                diagnostics.Error(new SourceLocation(name, 0), $"cannot read: {ex.Message}");
            }
            catch (UnauthorizedAccessException ex)
            {
                diagnostics.Error(new SourceLocation(name, 0), $"cannot read: {ex.Message}");
            }
        });
        return texts.OfType<SourceText>().ToList();
    }
}
