namespace SiteGen.Reading;

/// <summary>Where an input file really is, or why it is not read (<see cref="Problem"/> then says so and <see cref="Path"/> is null).</summary>
public readonly record struct ResolvedPath(string? Path, string? Problem)
{
    public bool IsRefused => Path is null;
}

/// <summary>
/// The folders SiteGen may read from. An input that is a symbolic link is followed only if
/// it ends inside them: a listing or a paper's notes linked to /proc/self/environ or
/// /etc/passwd would otherwise be published on the site (CI and deploy previews build
/// untrusted checkouts). A link inside the project (input/papers → ../notes) is fine.
/// </summary>
public sealed class PathBoundary
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private readonly string[] _roots;

    /// <param name="folders">The folders files must stay in, as named (they are resolved here, once).</param>
    public PathBoundary(params IEnumerable<string> folders)
    {
        _roots = folders
            .Select(f => RealPath.Resolve(f, out _) ?? System.IO.Path.GetFullPath(f))
            .Select(WithSeparator)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Description = string.Join(" or ", _roots.Select(r => r.TrimEnd(System.IO.Path.DirectorySeparatorChar)));
    }

    /// <summary>
    /// The input folder and the project folder around it (its parent), where `sitegen new`
    /// puts input/ and theme/ side by side. A parent that is a file system's root is no
    /// project folder: then only the input folder counts.
    /// </summary>
    public static PathBoundary ForInput(string inputDir)
    {
        var input = System.IO.Path.GetFullPath(inputDir);
        var project = System.IO.Path.GetDirectoryName(input.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        return project is null || System.IO.Path.GetPathRoot(project) == project ? new PathBoundary(input) : new PathBoundary(input, project);
    }

    /// <summary>The allowed folders, for messages.</summary>
    public string Description { get; }

    /// <summary>Follows <paramref name="path"/>'s links; refuses it if they end outside the boundary, loop, or lead nowhere.</summary>
    public ResolvedPath Resolve(string path)
    {
        if (RealPath.Resolve(path, out var problem) is not { } real) return new ResolvedPath(null, problem);
        if (!Contains(real))
            return new ResolvedPath(null, $"links to '{real}', outside the project folder ({Description})");
        return new ResolvedPath(real, null);
    }

    /// <summary>Whether a path with no link left in it (<see cref="RealPath"/>) lies inside the boundary.</summary>
    public bool Contains(string realPath)
    {
        var path = WithSeparator(realPath);
        return _roots.Any(root => path.StartsWith(root, PathComparison));
    }

    private static string WithSeparator(string path) =>
        path.EndsWith(System.IO.Path.DirectorySeparatorChar) ? path : path + System.IO.Path.DirectorySeparatorChar;
}
