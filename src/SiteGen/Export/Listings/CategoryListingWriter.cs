using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Export.Listings;

/// <summary>
/// Writes a category listing, the format <see cref="Parsing.CategoryListing.CategoryListingParser"/>
/// reads: "[score]CATEGORY" + date + optional "Code"; the title glued to the authors
/// ("Simplifying Transformer BlocksBobby He, Thomas Hofmann et al. · eth-zurich"); the abstract.
/// </summary>
public static class CategoryListingWriter
{
    /// <param name="pageYear">The listing's own year: dates in it are written without a year.</param>
    public static void Write(IEnumerable<PaperRecord> records, TextWriter output, int pageYear)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var record in records)
        {
            output.WriteLine(MetaLine(record, pageYear));
            output.WriteLine(GluedLine(record));
            output.WriteLine(ListingText.OneLine(record.Abstract));
        }
    }

    private static string MetaLine(PaperRecord record, int pageYear)
    {
        if (record.Category is not { Length: > 0 } category)
            throw new ArgumentException($"a category listing needs a category; '{record.Title}' has none", nameof(record));
        var score = record.Score is { } s ? s.ToString("0.###", CultureInfo.InvariantCulture) : "";
        return score + category + ListingDateFormatter.Format(record.Date, pageYear) + (record.HasCode ? "Code" : "");
    }

    private static string GluedLine(PaperRecord record)
    {
        if (record.Authors.Count == 0)
            throw new ArgumentException($"a category listing names authors; '{record.Title}' has none", nameof(record));
        // No separator between title and first author: that is the format (the parser finds the seam).
        var line = ListingText.OneLine(record.Title) + string.Join(", ", record.Authors.Select(a => a.Display));
        if (record.AuthorsTruncated) line += " et al.";
        if (record.Affiliations.Count > 0) line += " · " + string.Join(", ", record.Affiliations);
        return line;
    }
}
