using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Parsing.Dates;

/// <summary>
/// Gives yearless dates ("Apr 6") a year. A listing page prints the year only for dates
/// outside its own year, so the page's year is later than every explicit year on it:
/// the latest explicit year + 1. site.yml can pin the year per file or globally.
/// </summary>
public static class YearlessDateResolver
{
    public static IReadOnlyList<PaperRecord> Resolve(
        IReadOnlyList<PaperRecord> records, string fileName, int? pinnedYear, DiagnosticBag diagnostics)
    {
        if (!records.Any(r => r.Date is { Year: null, Month: not null })) return records;

        var year = pinnedYear;
        if (year is null)
        {
            var explicitYears = records.Where(r => r.Date.Year is not null).Select(r => r.Date.Year!.Value).ToList();
            if (explicitYears.Count > 0)
            {
                year = explicitYears.Max() + 1;
            }
            else
            {
                year = DateTime.UtcNow.Year;
                var firstYearless = records.First(r => r.Date is { Year: null, Month: not null });
                diagnostics.Warning(firstYearless.Source,
                    $"no date in this listing shows a year; assuming {year} for all of them (pin it with 'listing_years: {{{fileName}: YEAR}}' in site.yml)");
            }
        }

        return records.Select(r => r.Date is { Year: null, Month: not null }
            ? r with { Date = WithYear(r, year.Value, diagnostics) }
            : r).ToList();
    }

    /// <summary>"Feb 29" was accepted without a year; in a non-leap year it keeps only year and month.</summary>
    private static PartialDate WithYear(PaperRecord record, int year, DiagnosticBag diagnostics)
    {
        var date = record.Date with { Year = year, YearInferred = true };
        if (date is { Month: { } month, Day: { } day } && year is >= 1 and <= 9999 && day > DateTime.DaysInMonth(year, month))
        {
            diagnostics.Warning(record.Source, $"day {day} does not exist in {year}-{month:D2} (the year was inferred); day dropped");
            date = date with { Day = null };
        }
        return date;
    }
}
