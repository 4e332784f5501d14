using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Reading;

/// <summary>One input file as read: its name as diagnostics show it (relative to the input folder, '/'-separated) and its bytes.</summary>
public sealed record InputFile(string Name, byte[] Bytes)
{
    public string Text => SourceDecoder.DecodeText(Bytes);
}

/// <summary>
/// Every input of a build, read once: site.yml, the listings, input/permalinks.yml and
/// input/papers/*.md. The build works from these bytes only and its fingerprint is their
/// hash, taken as they are read, so a file edited while a build runs is never recorded as
/// built, and site.yml is never read twice to two different answers.
/// Dot-files, editors' backup and swap files and SiteGen's own temporary files are never
/// inputs; a symbolic link is followed only inside the project folder (<see cref="PathBoundary"/>),
/// and a link that loops or leads nowhere is an error naming the file, not an exception.
/// </summary>
public sealed class InputSnapshot
{
    private const string SiteConfigName = SiteGen.Configuration.SiteConfigLoader.FileName;
    private const string PermalinkMapName = SiteGen.Permalinks.PermalinkMap.FileName;
    private const string AnnotationsFolder = SiteGen.Annotations.PaperAnnotationReader.Folder;

    /// <summary>Members' photos (site.yml's authors.members[].photo), copied into the site.</summary>
    public const string PeopleFolder = "people";

    /// <summary>Files in input/ that are neither listings nor read (site.yml's other spelling, a read-me).</summary>
    private static readonly HashSet<string> NotListings = new(StringComparer.OrdinalIgnoreCase) { "site.yaml", "README.md" };

    private InputSnapshot(IReadOnlyList<InputFile> files, IReadOnlySet<string> unreadable, string hash)
    {
        Hash = hash;
        Unreadable = unreadable;
        var annotations = new List<InputFile>();
        var listings = new List<InputFile>();
        var photos = new List<InputFile>();
        foreach (var file in files)
        {
            if (file.Name == SiteConfigName) SiteConfig = file;
            else if (file.Name == PermalinkMapName) PermalinkMap = file;
            else if (file.Name.StartsWith(AnnotationsFolder + "/", StringComparison.Ordinal)) annotations.Add(file);
            else if (file.Name.StartsWith(PeopleFolder + "/", StringComparison.Ordinal)) photos.Add(file);
            else listings.Add(file);
        }
        Annotations = annotations;
        Listings = listings;
        Photos = photos;
    }

    public InputFile? SiteConfig { get; }

    public InputFile? PermalinkMap { get; }

    /// <summary>input/papers/*.md, in name order.</summary>
    public IReadOnlyList<InputFile> Annotations { get; }

    /// <summary>input/people/ images, by name ("people/jane.jpg"), in name order.</summary>
    public IReadOnlyList<InputFile> Photos { get; }

    /// <summary>The listings, in ordinal name order so builds do not depend on the file system.</summary>
    public IReadOnlyList<InputFile> Listings { get; }

    /// <summary>Inputs that are there but were not read (refused links, loops, read errors), each reported as an error.</summary>
    private IReadOnlySet<string> Unreadable { get; }

    /// <summary>Whether an input (site.yml, permalinks.yml) is there but could not be read: that is not the same as missing.</summary>
    public bool CouldNotRead(string name) => Unreadable.Contains(name);

    /// <summary>Hash of every file read but the permalink map (which a build may rewrite), names included.</summary>
    public string Hash { get; }

    /// <summary>
    /// A name that is never an input: dot-files (editor locks like .#site.yml, .DS_Store,
    /// SiteGen's own temporary files), backups (site.yml~), swap and temporary files (among
    /// them permalinks.yml.tmp, the map's temporary file in earlier versions).
    /// </summary>
    public static bool IsIgnored(string name) =>
        name.StartsWith('.') || name.EndsWith('~')
        || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a file written at <paramref name="path"/> would overwrite an input or be read as
    /// one by the next build: it would land straight in input/ or input/papers/ (links followed).
    /// </summary>
    public static bool WouldBeInput(string inputDir, string path)
    {
        var folder = RealPath.Locate(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var input = RealPath.Locate(inputDir);
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return string.Equals(folder, input, comparison) || string.Equals(folder, RealPath.Locate(Path.Combine(inputDir, AnnotationsFolder)), comparison);
    }

    private static bool IsPhoto(string name) =>
        SiteGen.Configuration.AuthorSettingsReader.PhotoExtensions.Contains(Path.GetExtension(name).ToLowerInvariant());

    public static InputSnapshot Read(string inputDir, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(inputDir))
        {
            diagnostics.Error(new SourceLocation(inputDir, 0), "input folder not found");
            return new InputSnapshot([], new HashSet<string>(), "");
        }

        var boundary = PathBoundary.ForInput(inputDir);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var toRead = new List<(string Name, string Path)>();
        foreach (var (name, path, isDirectory) in Entries(inputDir, "", n => !NotListings.Contains(n), boundary, unreadable, diagnostics))
        {
            if (!isDirectory) toRead.Add((name, path));
            else if (name == AnnotationsFolder)
                toRead.AddRange(Entries(path, AnnotationsFolder + "/", n => n.EndsWith(".md", StringComparison.OrdinalIgnoreCase), boundary, unreadable, diagnostics)
                    .Where(e => !e.IsDirectory)
                    .Select(e => (e.Name, e.Path)));
            else if (name == PeopleFolder)
                toRead.AddRange(Entries(path, PeopleFolder + "/", IsPhoto, boundary, unreadable, diagnostics)
                    .Where(e => !e.IsDirectory)
                    .Select(e => (e.Name, e.Path)));
        }

        var files = new InputFile?[toRead.Count];
        var hashes = new byte[toRead.Count][];
        Parallel.For(0, toRead.Count, i =>
        {
            var (name, path) = toRead[i];
            try
            {
                var bytes = File.ReadAllBytes(path);
                hashes[i] = SHA256.HashData(bytes);
                files[i] = new InputFile(name, bytes);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(new SourceLocation(name, 0), $"cannot read: {ex.Message}");
                lock (unreadable) unreadable.Add(name);
            }
        });

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < toRead.Count; i++)
        {
            if (files[i] is not { } file || file.Name == PermalinkMapName) continue;
            hash.AppendData(Encoding.UTF8.GetBytes(file.Name));
            hash.AppendData([0]);
            hash.AppendData(hashes[i]);
        }
        return new InputSnapshot(files.OfType<InputFile>().ToList(), unreadable, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>
    /// The entries of one folder that may be inputs (<paramref name="wanted"/> by name), in
    /// ordinal name order, links resolved. Never recursive: the build reads input/ and
    /// input/papers/ only, so a link back up the tree cannot make it walk forever.
    /// </summary>
    private static List<(string Name, string Path, bool IsDirectory)> Entries(string folder, string prefix, Func<string, bool> wanted,
        PathBoundary boundary, HashSet<string> unreadable, DiagnosticBag diagnostics)
    {
        var entries = new List<(string, string, bool)>();
        List<(string Name, bool IsDirectory, bool IsLink)> found;
        try
        {
            found = [.. new FileSystemEnumerable<(string Name, bool IsDirectory, bool IsLink)>(folder,
                (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
                new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(prefix.Length > 0 ? prefix : folder, 0), $"cannot read the folder: {ex.Message}");
            return entries;
        }
        foreach (var (fileName, isDirectory, isLink) in found.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (IsIgnored(fileName) || !wanted(fileName)) continue;
            var name = prefix + fileName;
            var path = Path.Combine(folder, fileName);
            if (!isLink)
            {
                entries.Add((name, path, isDirectory));
                continue;
            }
            var resolved = boundary.Resolve(path);
            if (resolved.Path is { } real)
                entries.Add((name, real, Directory.Exists(real)));
            else
            {
                diagnostics.Error(new SourceLocation(name, 0), $"not read: {resolved.Problem}");
                unreadable.Add(name);
            }
        }
        return entries;
    }
}
