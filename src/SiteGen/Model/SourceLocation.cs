namespace SiteGen.Model;

/// <summary>
/// Where something came from: a file (as the user names it, relative to the input folder), a
/// 1-based line and, where the reader knows it (templates), a 1-based column.
/// </summary>
public sealed record SourceLocation(string File, int Line, int Column = 0)
{
    public override string ToString() => Line <= 0 ? File : Column > 0 ? $"{File}({Line},{Column})" : $"{File}({Line})";
}
