namespace SiteGen.Parsing.Common;

/// <summary>
/// What a file's name says about its format. Content decides (a listing has no telling
/// extension); for bibliography formats the extension adds confidence, and lets a file that
/// clearly meant to be one (an empty .bib) be claimed and reported instead of called unknown.
/// </summary>
public static class FileKind
{
    public static bool HasExtension(string name, params string[] extensions) =>
        extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
