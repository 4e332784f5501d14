namespace SiteGen.Annotations;

/// <summary>What a user adds to one paper in <c>input/papers/&lt;slug&gt;.md</c>.</summary>
public sealed record PaperAnnotation(
    string Slug,
    IReadOnlyDictionary<string, string> Links,
    bool? Featured,
    string Notes,
    string File);
