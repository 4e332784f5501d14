using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Parsing.Dates;

/// <summary>
/// Parses the dates listings print: "Mar 11, 2024", "Apr 6" (year left to the page),
/// "Sept 3" and full month names too. Days are checked against the month.
/// </summary>
public static partial class ListingDateParser
{
    [GeneratedRegex(@"^(?<mon>[A-Z][a-z]{2,8})\.?\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();

    /// <summary>Parses a date at the start of <paramref name="text"/>; <paramref name="length"/> is how many characters it used.</summary>
    public static bool TryParsePrefix(string text, out PartialDate date, out int length)
    {
        date = PartialDate.Unknown;
        length = 0;
        var m = DatePrefix().Match(text);
        if (!m.Success || MonthNumber(m.Groups["mon"].Value) is not { } month) return false;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (year is 0) return false; // "0000": no such year, and DateTime would throw on it
        // Feb 29 is valid in a leap year; with the year unknown, accept it and let the year rule decide.
        var maxDay = DateTime.DaysInMonth(year ?? 2024, month);
        if (day < 1 || day > maxDay) return false;
        date = new PartialDate(year, month, day);
        length = m.Length;
        return true;
    }

    /// <summary>
    /// Length of a date-shaped prefix ("Feb 30, 2024": a month name and a day, maybe a year)
    /// whether or not the day exists, or 0; lets callers report an impossible date as such.
    /// </summary>
    public static int ShapeLength(string text)
    {
        var m = DatePrefix().Match(text);
        return m.Success && MonthNumber(m.Groups["mon"].Value) is not null ? m.Length : 0;
    }

    /// <summary>Parses a whole string as a date, nothing before or after.</summary>
    public static bool TryParse(string text, out PartialDate date) =>
        TryParsePrefix(text.Trim(), out date, out var length) && length == text.Trim().Length;

    public static int? MonthNumber(string name) => name.ToLowerInvariant() switch
    {
        "jan" or "january" => 1,
        "feb" or "february" => 2,
        "mar" or "march" => 3,
        "apr" or "april" => 4,
        "may" => 5,
        "jun" or "june" => 6,
        "jul" or "july" => 7,
        "aug" or "august" => 8,
        "sep" or "sept" or "september" => 9,
        "oct" or "october" => 10,
        "nov" or "november" => 11,
        "dec" or "december" => 12,
        _ => null,
    };
}
