using System.Security.Cryptography;
using SiteGen.Output;

namespace SiteGen.Rendering;

/// <summary>
/// The theme's assets, copied to <c>assets/</c> with a content hash in the file name
/// ("style.3f2a1b9c.css") so hosts can cache them for a year: a changed file gets a
/// new name, and every page links the new name.
/// </summary>
public sealed class AssetManifest
{
    private readonly Dictionary<string, string> _paths;

    private AssetManifest(Dictionary<string, string> paths, IReadOnlyList<SiteFile> files)
    {
        _paths = paths;
        Files = files;
    }

    public IReadOnlyList<SiteFile> Files { get; }

    /// <param name="assetsDirs">The themes' assets/ folders, the site's first: an asset is taken from the first that has it.</param>
    public static AssetManifest Load(IReadOnlyList<string> assetsDirs)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<SiteFile>();
        foreach (var assetsDir in assetsDirs.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(assetsDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(assetsDir, file).Replace('\\', '/');
                if (paths.ContainsKey(relative)) continue;
                var bytes = File.ReadAllBytes(file);
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
                var ext = Path.GetExtension(relative);
                var fingerprinted = $"assets/{relative[..^ext.Length]}.{hash}{ext}";
                paths[relative] = fingerprinted;
                files.Add(new SiteFile(fingerprinted, bytes));
            }
        }
        return new AssetManifest(paths, files);
    }

    /// <summary>Site path of an asset by its theme name ("style.css" → "assets/style.3f2a1b9c.css").</summary>
    public string PathOf(string name) => _paths.TryGetValue(name, out var p) ? p : "assets/" + name;

    public AssetUrls UrlsFrom(string root) => new(root + PathOf("style.css"), root + PathOf("search.css"), root + PathOf("site.js"), root + PathOf("search.js"),
        root + PathOf("favicon.svg"));
}
