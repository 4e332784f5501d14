namespace SiteGen.Output;

/// <summary>
/// The last build's files that may stand for this build's pages: those whose recorded key is
/// the key this build computes for the same path. Only from a build that lent its pages
/// (<see cref="OutputManifest.PagesReusable"/>) and whose output is still whole on disk.
/// </summary>
public sealed class ReusableFiles
{
    public static readonly ReusableFiles None = new(new Dictionary<string, ManifestEntry>());

    private readonly IReadOnlyDictionary<string, ManifestEntry> _files;

    private ReusableFiles(IReadOnlyDictionary<string, ManifestEntry> files) => _files = files;

    /// <summary>The pages of the build in <paramref name="outputDir"/> described by <paramref name="previous"/>, if they may be reused.</summary>
    public static ReusableFiles From(OutputManifest? previous, string outputDir) =>
        previous is { PagesReusable: true } && previous.IsIntact(outputDir) ? new ReusableFiles(previous.Files) : None;

    /// <summary>The last build's <paramref name="path"/>, unrendered, if it was made from the same <paramref name="key"/>.</summary>
    public bool TryReuse(string path, string key, out SiteFile file)
    {
        if (_files.TryGetValue(path, out var entry) && entry.Key == key)
        {
            file = new SiteFile(path, ReadOnlyMemory<byte>.Empty) { Key = key, Reused = entry };
            return true;
        }
        file = null!;
        return false;
    }
}
