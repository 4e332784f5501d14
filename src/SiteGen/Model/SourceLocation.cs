namespace SiteGen.Model;

/// <summary>Where something came from: a file (as the user names it, relative to the input folder) and a 1-based line.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => Line > 0 ? $"{File}({Line})" : File;
}
