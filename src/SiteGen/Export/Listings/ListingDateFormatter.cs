using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Export.Listings;

/// <summary>
/// Writes dates the way listing pages print them: "Mar 11, 2024", or "Apr 6" for the
/// page's own year, which the page leaves out (the parsers infer it back as the latest
/// explicit year + 1, so callers keep the page year above every written year).
/// </summary>
internal static class ListingDateFormatter
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>"Mon D" when the year is the page year (or unknown), else "Mon D, YYYY".</summary>
    public static string Format(PartialDate date, int pageYear)
    {
        if (date.Month is not { } month || date.Day is not { } day)
            throw new ArgumentException($"listing dates need a month and a day; got {date}", nameof(date));
        // Listings print four-digit years and the parsers read only those: "Mar 3, 999" would
        // make the whole entry unreadable, so refuse it here rather than write it.
        if (date.Year is < 1000 or > 9999)
            throw new ArgumentException($"listing dates need a four-digit year; got {date}", nameof(date));
        var monthDay = Months[month - 1] + " " + day.ToString(CultureInfo.InvariantCulture);
        return date.Year is { } year && year != pageYear
            ? monthDay + ", " + year.ToString(CultureInfo.InvariantCulture)
            : monthDay;
    }
}
