using System.Globalization;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Citation;

/// <summary>
/// BibTeX-style citation keys: first author's family name, year, first significant title
/// word ("falck2024implicit"). Used by BibTeX in the cite box and as CSL-JSON ids.
/// </summary>
public static class CitationKey
{
    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal) { "the", "a", "an", "on", "of", "for", "in", "is", "are", "to", "and", "with", "from", "when", "how", "what", "why", "do", "does" };

    public static string For(string? firstAuthorFamily, int? year, string title)
    {
        var family = firstAuthorFamily is null ? "anon" : TextFolding.Key(firstAuthorFamily).Replace(" ", "", StringComparison.Ordinal);
        if (family.Length == 0) family = "anon";
        var word = TextFolding.Key(title).Split(' ').FirstOrDefault(w => w.Length > 1 && !Skip.Contains(w)) ?? "paper";
        return family + (year?.ToString(CultureInfo.InvariantCulture) ?? "") + word;
    }
}
