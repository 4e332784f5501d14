namespace SiteGen.Parsing.Names;

/// <summary>
/// "Jr.", "Sr.", "II", "III", "IV" at the end of a family name. Parsers keep the suffix in the
/// family name ("King Jr."), as sorting and display want it; writers split it off again for the
/// formats that have a place for it (BibTeX's "King, Jr., Martin Luther", CSL's <c>suffix</c>),
/// and identity compares a name written with it to the same name written without it.
/// </summary>
public static class GenerationalSuffix
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV",
    };

    public static bool Is(string token) => Suffixes.Contains(token);

    /// <summary>
    /// "King Jr." → ("King", "Jr."). A family name without a suffix, or of one word only (a
    /// family name "II" is a name, not a suffix of nothing), comes back whole with a null suffix.
    /// </summary>
    public static (string Family, string? Suffix) Split(string family)
    {
        var space = family.LastIndexOf(' ');
        if (space <= 0) return (family, null);
        var last = family[(space + 1)..];
        var rest = family[..space].TrimEnd(',', ' ');
        return Is(last) && rest.Length > 0 ? (rest, last) : (family, null);
    }
}
