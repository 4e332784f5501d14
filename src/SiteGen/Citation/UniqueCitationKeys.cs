namespace SiteGen.Citation;

/// <summary>
/// One citation key per work across a set of works, so a .bib file of them parses in BibTeX
/// tools (a repeated key is an error there). A work keeps its key when it is the first to have
/// it; a later one gets the key with "b", "c", ... after it, as BibTeX styles disambiguate
/// ("smith2024deepb"). The order given (site order: newest first) decides who is first, so a
/// work has the same key on every page and in every file that cites it.
/// </summary>
public static class UniqueCitationKeys
{
    /// <param name="keys">Each work's own key (<see cref="Reference.CitationKey"/>), in order.</param>
    /// <returns>For each work, its new key, or null where it keeps its own.</returns>
    public static string?[] Assign(IReadOnlyList<string> keys)
    {
        var taken = new HashSet<string>(keys.Count, StringComparer.OrdinalIgnoreCase); // BibTeX keys ignore case
        // Every own key is reserved first, so a suffixed key never takes a later work's own key.
        var own = new HashSet<string>(keys, StringComparer.OrdinalIgnoreCase);
        var renamed = new string?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            if (taken.Add(keys[i])) continue;
            var n = 1;
            string unique;
            do unique = keys[i] + Suffix(n++);
            while (own.Contains(unique) || !taken.Add(unique));
            renamed[i] = unique;
        }
        return renamed;
    }

    /// <summary>"b" … "z", then "z27", "z28", …: enough for any number of works with one key.</summary>
    private static string Suffix(int n) => n < 26 ? ((char)('a' + n)).ToString() : "z" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
