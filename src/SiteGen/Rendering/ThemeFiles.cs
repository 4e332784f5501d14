using System.IO.Enumeration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Reading;

namespace SiteGen.Rendering;

/// <summary>
/// Every read of a theme file goes through here: a template or asset that is a link is followed
/// only if it ends inside the theme's own project (the theme folder and the folder around it,
/// as for inputs), so a theme cannot publish /etc/passwd; links to folders are not followed (a
/// loop would walk forever); dot-files (editor and OS leftovers) are not theme files.
/// </summary>
internal sealed class ThemeFiles(string themeDir)
{
    private readonly PathBoundary _boundary = PathBoundary.ForInput(themeDir);

    /// <summary>The files of <paramref name="folder"/> (under the theme) ending in <paramref name="suffix"/>, in name order.</summary>
    public IEnumerable<string> List(string folder, string suffix = "", bool recursive = false)
    {
        var dir = Path.Combine(themeDir, folder);
        if (!Directory.Exists(dir)) return [];
        var files = new FileSystemEnumerable<string>(dir, (ref FileSystemEntry e) => e.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = recursive, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && !e.FileName.StartsWith('.') && e.FileName.EndsWith(suffix, StringComparison.Ordinal),
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0 && !e.FileName.StartsWith('.'),
        };
        return files.Order(StringComparer.Ordinal);
    }

    /// <summary>The file's bytes, or null with an error at <paramref name="shown"/> when it is refused or unreadable.</summary>
    public byte[]? Read(string path, string shown, DiagnosticBag diagnostics)
    {
        var resolved = _boundary.Resolve(path);
        if (resolved.Path is not { } real)
        {
            diagnostics.Error(new SourceLocation(shown, 0), $"not read: {resolved.Problem}");
            return null;
        }
        try
        {
            return File.ReadAllBytes(real);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(shown, 0), $"cannot read the theme file: {ex.Message}");
            return null;
        }
    }
}
