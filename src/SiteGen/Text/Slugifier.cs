using System.Text;

namespace SiteGen.Text;

/// <summary>
/// Readable ASCII slugs for URLs and file names: any script spelled in Latin letters
/// (<see cref="LatinSpelling"/>: "Нейронные сети" → "neyronnye-seti", "图像分割" → "tu-xiang-fen-ge"),
/// lower case, words joined by '-', cut at a word boundary. Lower case keeps slugs distinct on
/// case-insensitive file systems; names Windows reserves get a suffix. Latin-script text gets the
/// slug it always had (diacritics folded as <see cref="TextFolding.Fold"/> does).
/// </summary>
public static class Slugifier
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "index", "search", "404",
    };

    public static string Slugify(string text, int maxLength = 60, string fallback = "untitled") =>
        Slug(LatinSpelling.Of(text), maxLength, fallback);

    /// <summary>
    /// The rule before transliteration (issue 20): diacritics folded, every other script dropped. Only for
    /// addresses that were made by it and never recorded: the author pages of a site built before.
    /// </summary>
    internal static string SlugifyLatinOnly(string text, int maxLength, string fallback) =>
        Slug(TextFolding.Fold(text), maxLength, fallback);

    private static string Slug(string folded, int maxLength, string fallback)
    {
        var sb = new StringBuilder(Math.Min(folded.Length, maxLength + 16));
        var dash = false;
        foreach (var c in folded)
        {
            if (c is '\'' or '’') continue; // "model's" → "models", not "model-s"
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(c);
                dash = false;
                if (sb.Length >= maxLength + 16) break;
            }
            else
            {
                dash = true;
            }
        }

        var slug = sb.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > maxLength / 2 ? slug[..cut] : slug[..maxLength].TrimEnd('-');
        }
        if (slug.Length == 0) slug = fallback;
        return Reserved.Contains(slug) ? slug + "-1" : slug;
    }
}
