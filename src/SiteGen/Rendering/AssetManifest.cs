using System.Security.Cryptography;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Search;

namespace SiteGen.Rendering;

/// <summary>
/// The theme's assets, copied to <c>assets/</c> with a content hash in the file name
/// ("style.3f2a1b9c.css") so hosts can cache them for a year: a changed file gets a
/// new name, and every page links the new name. Scripts are minified; a search.js that still holds
/// the old search engine is replaced by the default search UI (<see cref="OutdatedSearchScript"/>).
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
    public static AssetManifest Load(IReadOnlyList<string> assetsDirs, DiagnosticBag diagnostics)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<SiteFile>();
        foreach (var assetsDir in assetsDirs.Where(Directory.Exists))
        {
            var theme = new ThemeFiles(Path.GetDirectoryName(Path.GetFullPath(assetsDir))!);
            foreach (var file in theme.List("assets", recursive: true))
            {
                var relative = Path.GetRelativePath(assetsDir, file).Replace('\\', '/');
                if (paths.ContainsKey(relative)) continue;
                if (theme.Read(file, file, diagnostics) is not { } bytes) continue;
                if (relative == OutdatedSearchScript.AssetName) bytes = OutdatedSearchScript.Replace(bytes, file, diagnostics);
                if (relative.EndsWith(".js", StringComparison.Ordinal)) bytes = Minified(bytes, file, diagnostics);
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
                var ext = Path.GetExtension(relative);
                var fingerprinted = $"assets/{relative[..^ext.Length]}.{hash}{ext}";
                paths[relative] = fingerprinted;
                files.Add(new SiteFile(fingerprinted, bytes));
            }
        }
        return new AssetManifest(paths, files);
    }

    /// <summary>The script minified, or as it is (with a warning) when it does not parse.</summary>
    private static byte[] Minified(byte[] script, string path, DiagnosticBag diagnostics)
    {
        var (code, error) = ScriptMinifier.Minify(Encoding.UTF8.GetString(script));
        if (code is not null) return Encoding.UTF8.GetBytes(code);
        diagnostics.Warning(new SourceLocation(path, error!.Value.Line), $"not minified: column {error.Value.Column}: {error.Value.Message}");
        return script;
    }

    /// <summary>Site path of an asset by its theme name ("style.css" → "assets/style.3f2a1b9c.css").</summary>
    public string PathOf(string name) => _paths.TryGetValue(name, out var p) ? p : "assets/" + name;

    public AssetUrls UrlsFrom(string root) => new(root + PathOf("style.css"), root + PathOf("search.css"), root + PathOf("site.js"), root + PathOf("search.js"),
        root + PathOf("favicon.svg"));
}
