using SiteGen.Model;

namespace SiteGen.Reading;

/// <summary>A decoded input file split into lines (line endings removed, 1-based line numbers via <see cref="At"/>).</summary>
public sealed class SourceText
{
    public SourceText(string name, IReadOnlyList<string> lines)
    {
        Name = name;
        Lines = lines;
    }

    /// <summary>The file name as diagnostics show it (relative to the input folder).</summary>
    public string Name { get; }

    public IReadOnlyList<string> Lines { get; }

    /// <summary>Location of the 0-based line <paramref name="index"/>.</summary>
    public SourceLocation At(int index) => new(Name, index + 1);

    public static SourceText FromString(string name, string text) => new(name, SourceDecoder.SplitLines(text));
}
