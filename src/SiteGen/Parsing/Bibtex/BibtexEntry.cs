namespace SiteGen.Parsing.Bibtex;

/// <summary>
/// One <c>@type{key, field = value, ...}</c> entry with macros expanded and <c>#</c> pieces
/// joined; values are still TeX (braces, accents) for <see cref="LatexText"/> to fold.
/// </summary>
/// <param name="Line">0-based line of the <c>@</c>.</param>
internal sealed record BibtexEntry(string Type, string Key, int Line, IReadOnlyDictionary<string, BibtexField> Fields);

/// <param name="Line">0-based line where the field's name is written.</param>
internal sealed record BibtexField(string Value, int Line);
