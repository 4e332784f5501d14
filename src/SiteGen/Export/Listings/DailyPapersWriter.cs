using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Export.Listings;

/// <summary>
/// Writes a "Daily Papers" page, the format <see cref="Parsing.DailyPapers.DailyPapersParser"/>
/// reads: a page header ending in the page date, then per paper title, blank, abstract, blank,
/// "  • N authors" (or an organisation line), "·", the date with optional upvotes, blank.
/// Names are never written: the format only gives a count.
/// </summary>
public static class DailyPapersWriter
{
    /// <param name="pageDate">The page's own date: its year is left out of every date in that year.</param>
    public static void Write(IEnumerable<PaperRecord> records, TextWriter output, PartialDate pageDate)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(pageDate);
        if (pageDate.Year is not { } pageYear)
            throw new ArgumentException("the page date needs a year", nameof(pageDate));

        output.WriteLine("Daily Papers");
        output.WriteLine();
        output.WriteLine("byAK and the research community");
        output.WriteLine();
        output.WriteLine(ListingDateFormatter.Format(pageDate, pageYear));
        output.WriteLine();
        foreach (var record in records)
        {
            output.WriteLine(ListingText.OneLine(record.Title));
            output.WriteLine();
            output.WriteLine(ListingText.OneLine(record.Abstract));
            output.WriteLine();
            output.WriteLine(WhoLine(record));
            output.WriteLine("·");
            var date = ListingDateFormatter.Format(record.Date, pageYear);
            output.WriteLine(record.Upvotes is { } up ? date + " " + up.ToString(CultureInfo.InvariantCulture) : date);
            output.WriteLine();
        }
    }

    private static string WhoLine(PaperRecord record)
    {
        if (record.Organisation is { Length: > 0 } organisation)
        {
            // Pages print the organisation's handle, then its display name; the parser keeps the latter.
            return organisation.Replace(" ", "", StringComparison.Ordinal) + " " + organisation;
        }
        var count = record.AuthorCount ?? Math.Max(1, record.Authors.Count);
        return "  • " + count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " author" : " authors");
    }
}
