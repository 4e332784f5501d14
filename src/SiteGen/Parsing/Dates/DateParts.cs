using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Parsing.Dates;

/// <summary>
/// A year, month and day as a bibliography writes them → the <see cref="PartialDate"/> they can
/// mean. An impossible month or day ("2022/13/40", [2021, 2, 30]) is a typo worth telling the
/// user about, but the year is still right and worth showing and sorting by: the bad part is
/// dropped and named in <c>problem</c>, never silently. Shared by BibTeX, RIS, CSL-JSON and Atom.
/// </summary>
public static class DateParts
{
    /// <summary>Years a paper can have; year 0 ("0000") is a placeholder, and no calendar has it.</summary>
    public static bool IsYear(int year) => year is >= 1 and <= 9999;

    /// <param name="year">Already checked with <see cref="IsYear"/>.</param>
    /// <param name="month">Month number as written ("3", "03"), or null/blank when absent.</param>
    /// <param name="day">Day number as written, or null/blank when absent.</param>
    /// <param name="problem">What was dropped and why, ending in what was kept; null when the date is whole.</param>
    public static PartialDate Check(int year, string? month, string? day, out string? problem)
    {
        problem = null;
        var monthText = string.IsNullOrWhiteSpace(month) ? null : month.Trim();
        var dayText = string.IsNullOrWhiteSpace(day) ? null : day.Trim();
        if (monthText is null)
        {
            if (dayText is not null) problem = $"day '{dayText}' is given without a month; year kept";
            return new PartialDate(year, null, null);
        }
        if (!TryNumber(monthText, out var m) || m is < 1 or > 12)
        {
            problem = $"month '{monthText}' is not 1-12{(dayText is null ? "" : $" (day '{dayText}' dropped with it)")}; year kept";
            return new PartialDate(year, null, null);
        }
        if (dayText is null) return new PartialDate(year, m, null);
        if (!TryNumber(dayText, out var d) || d < 1 || d > DateTime.DaysInMonth(year, m))
        {
            problem = $"day '{dayText}' is not a day of {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m)} {year.ToString("D4", CultureInfo.InvariantCulture)}; year and month kept";
            return new PartialDate(year, m, null);
        }
        return new PartialDate(year, m, d);
    }

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
