using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Reading;

namespace SiteGen.Pipeline;

/// <summary>
/// A hash of everything a build reads — the input snapshot (hashed as it was read), the
/// theme's files, the options, and SiteGen's own build — so an unchanged project can skip
/// its build entirely. The permalink map is hashed as the build will leave it, since a build
/// may rewrite it.
/// </summary>
public static class InputFingerprint
{
    /// <param name="inputsHash">The input snapshot's <see cref="InputSnapshot.Hash"/>.</param>
    /// <param name="themeHash">The theme's <see cref="ThemeHash"/>.</param>
    public static string Compute(BuildOptions options, string inputsHash, string themeHash, string? permalinkMapText)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        Add(typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(options.OutputDir ?? "");
        Add(options.BaseUrl ?? "");
        Add(options.Strict ? "strict" : "");
        Add(inputsHash);
        Add(themeHash);
        Add(permalinkMapText ?? "");
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The theme's files, hashed before the theme is loaded: an edit made while the build runs
    /// then makes the next build see a change, never the reverse. Dot-files are skipped and
    /// links to folders not followed (a link loop in theme/ made the build walk forever), links
    /// to files outside the theme not read; a file that cannot be read counts as its error,
    /// for the theme loader to report.
    /// </summary>
    public static string ThemeHash(string themeDir)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (!Directory.Exists(themeDir)) return "";
        var boundary = new PathBoundary(themeDir);
        var files = new FileSystemEnumerable<(string Path, bool IsLink)>(themeDir,
            (ref FileSystemEntry e) => (e.ToFullPath(), (e.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && !e.FileName.StartsWith('.'),
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0 && !e.FileName.StartsWith('.'),
        };
        foreach (var (file, isLink) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(themeDir, file).Replace('\\', '/')));
            hash.AppendData([0]);
            try
            {
                var path = isLink ? boundary.Resolve(file) : new ResolvedPath(file, null);
                hash.AppendData(path.Path is { } readable ? SHA256.HashData(File.ReadAllBytes(readable)) : Encoding.UTF8.GetBytes("refused: " + path.Problem));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                hash.AppendData(Encoding.UTF8.GetBytes("unreadable: " + ex.Message));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
