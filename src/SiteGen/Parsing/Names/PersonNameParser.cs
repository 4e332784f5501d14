using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Parsing.Names;

/// <summary>
/// Splits written names into given and family parts. Lower-case particles ("van der",
/// "von", "de la") start the family name, as in BibTeX's "von Last" rule, and a
/// generational suffix ("Jr.") stays with it.
/// </summary>
public static partial class PersonNameParser
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten", "zu", "af", "av", "bin", "ibn", "al", "el", "y",
    };

    public static bool IsParticle(string token) => Particles.Contains(token);

    [GeneratedRegex(@"^(?:al|el|ad|ar|as|at|az|ash|d|l)[-'’](?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedArticle();

    /// <summary>
    /// Length of a short lower-case article joined to the rest of a name ("d'" of "d'Alembert",
    /// "al-" of "al-Khwarizmi", "l'" of "l'Hôpital"), or 0. Such a name is written lower-case
    /// yet is no particle: the article cannot stand alone.
    /// </summary>
    public static int JoinedArticleLength(string token) => JoinedArticle().Match(token) is { Success: true } m ? m.Length : 0;

    /// <summary>Parses "Given [particles] Family" ("Robert van der Klis", "Benjamin F. Grewe").</summary>
    public static PersonName ParseNatural(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (tokens.Count == 0) return new PersonName("", "");

        var suffix = "";
        if (tokens.Count > 2 && GenerationalSuffix.Is(tokens[^1].TrimStart(',')))
        {
            suffix = " " + tokens[^1].TrimStart(',');
            tokens.RemoveAt(tokens.Count - 1);
            tokens[^1] = tokens[^1].TrimEnd(',');
        }
        if (tokens.Count == 1) return new PersonName("", tokens[0] + suffix);
        // "山田 太郎", "王 伟": Chinese, Japanese and Korean names are written family name first.
        if (tokens.Count == 2 && Text.EastAsianScripts.IsWritten(tokens[0]) && Text.EastAsianScripts.IsWritten(tokens[1]))
            return new PersonName(tokens[1], tokens[0]);

        // The family name starts at the first particle after the first token, else it is the last token.
        var familyStart = tokens.Count - 1;
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            if (IsParticle(tokens[i])) { familyStart = i; break; }
        }
        return new PersonName(string.Join(' ', tokens.Take(familyStart)), string.Join(' ', tokens.Skip(familyStart)) + suffix);
    }

    /// <summary>Parses the two halves of "Family, Given" ("Castro", "Daniel C.").</summary>
    public static PersonName ParseInverted(string family, string given) => new(given.Trim(), family.Trim());
}
