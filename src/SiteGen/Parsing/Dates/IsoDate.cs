using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Parsing.Dates;

/// <summary>"2024", "2024-03", "2024-03-11" (and a timestamp's date part) → <see cref="PartialDate"/>.</summary>
public static class IsoDate
{
    /// <summary>
    /// True when the text has the YYYY[-MM[-DD]] shape with a real year; an impossible month or
    /// day ("2020-02-30") is then dropped from <paramref name="date"/> and named in
    /// <paramref name="problem"/> (see <see cref="DateParts"/>). False for anything else.
    /// </summary>
    public static bool TryParse(string text, out PartialDate date, out string? problem)
    {
        date = PartialDate.Unknown;
        problem = null;
        var t = text.Trim();
        if (t.Length > 10 && t[10] == 'T') t = t[..10];
        var parts = t.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        for (var i = 0; i < parts.Length; i++)
            if (!parts[i].All(char.IsAsciiDigit) || (i > 0 && parts[i].Length != 2)) return false;
        var year = int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
        if (!DateParts.IsYear(year)) return false;
        date = DateParts.Check(year, parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2), out problem);
        return true;
    }
}
