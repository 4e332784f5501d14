namespace SiteGen.Parsing.Common;

/// <summary>Field values as bibliography formats wrap and list them, read alike by every format.</summary>
public static class FieldText
{
    /// <summary>Runs of whitespace (line breaks of a wrapped value included) as one space, trimmed.</summary>
    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A keyword list as BibTeX, RIS and CSL-JSON write it ("a, b; c"): each keyword once, as written.</summary>
    public static IReadOnlyList<string> Keywords(string? text) =>
        text is null ? [] : text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
