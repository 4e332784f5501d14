using SiteGen.Text;

namespace SiteGen.Merging;

/// <summary>
/// Whether two given names can belong to one person: "Chris" ~ "Christopher C",
/// "Mercy" ~ "Mercy Prasanna", "J." ~ "John"; never "Jane" ~ "John". Compatibility alone
/// is not proof (many people are "J. Smith"): <see cref="AuthorIdentityResolver"/> also
/// asks for shared co-authors.
/// </summary>
internal static class GivenNames
{
    public static string[] Words(string given) => TextFolding.Key(given).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool Compatible(string a, string b) => Compatible(Words(a), Words(b));

    /// <summary>As <see cref="Compatible(string, string)"/>, on names already split by <see cref="Words"/>.</summary>
    public static bool Compatible(string[] x, string[] y)
    {
        if (x.Length == 0 || y.Length == 0) return x.Length == y.Length;
        if (!SameWord(x[0], y[0])) return false;

        // The shorter name's later words (middle names, initials) must appear in order in the longer one's.
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        var j = 1;
        for (var i = 1; i < shorter.Length; i++)
        {
            while (j < longer.Length && !SameWord(shorter[i], longer[j])) j++;
            if (j == longer.Length) return false;
            j++;
        }
        return true;
    }

    /// <summary>Equal, an initial of the other, or a short form of at least three letters ("Chris" in "Christopher").</summary>
    private static bool SameWord(string a, string b)
    {
        if (a == b) return true;
        if (a.Length == 1 || b.Length == 1) return a[0] == b[0];
        var (s, l) = a.Length <= b.Length ? (a, b) : (b, a);
        return s.Length >= 3 && l.StartsWith(s, StringComparison.Ordinal);
    }
}
