using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Parsing.Bibtex;

/// <summary>"2024", "2024-03", "2024-03-11" (and a timestamp's date part) → <see cref="PartialDate"/>; impossible dates fail.</summary>
public static class IsoDate
{
    public static bool TryParse(string text, out PartialDate date)
    {
        date = PartialDate.Unknown;
        var t = text.Trim();
        if (t.Length > 10 && t[10] == 'T') t = t[..10];
        var parts = t.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]) || (i > 0 && parts[i].Length != 2)) return false;
        int? month = parts.Length > 1 ? numbers[1] : null;
        int? day = parts.Length > 2 ? numbers[2] : null;
        if (month is < 1 or > 12) return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(numbers[0], month!.Value))) return false;
        date = new PartialDate(numbers[0], month, day);
        return true;
    }
}
