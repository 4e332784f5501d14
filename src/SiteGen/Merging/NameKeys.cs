using SiteGen.Model;
using SiteGen.Parsing.Names;
using SiteGen.Text;

namespace SiteGen.Merging;

/// <summary>How names are compared and how names written in site.yml are read.</summary>
internal static class NameKeys
{
    /// <summary>
    /// Spellings with equal keys are one person without further evidence: they differ only in
    /// case, diacritics or punctuation ("Aurélien Lucchi" / "Aurelien Lucchi", "Daniel C." / "Daniel C").
    /// </summary>
    public static string Of(PersonName name) => TextFolding.Key(name.Display);

    /// <summary>The family name without a generational suffix: "King Jr." and "King" are candidates for one person.</summary>
    public static string FamilyOf(PersonName name) => TextFolding.Key(GenerationalSuffix.Split(name.Family).Family);

    /// <summary>The folded suffix ("jr", "iii"), or "" when the name has none.</summary>
    public static string SuffixOf(PersonName name) => GenerationalSuffix.Split(name.Family).Suffix is { } s ? TextFolding.Key(s) : "";

    /// <summary>The key of the name written without its suffix ("Martin Luther King Jr." → the key of "Martin Luther King").</summary>
    public static string WithoutSuffixOf(PersonName name) =>
        TextFolding.Key((name with { Family = GenerationalSuffix.Split(name.Family).Family }).Display);

    /// <summary>A name from site.yml, written "Given Family" or "Family, Given".</summary>
    public static PersonName Parse(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        return comma > 0
            ? PersonNameParser.ParseInverted(text[..comma], text[(comma + 1)..])
            : PersonNameParser.ParseNatural(text.Trim());
    }
}
