using SiteGen.Model;

namespace SiteGen.Export.Listings;

/// <summary>
/// Writes a publication list, the format <see cref="Parsing.PublicationList.PublicationListParser"/>
/// reads: the owner as "Family, Given", then title / "Family, Given, Family, Given, ..." / abstract
/// per paper. The format has no dates, so record dates are not written.
/// </summary>
public static class PublicationListWriter
{
    public static void Write(IEnumerable<PaperRecord> records, TextWriter output, PersonName owner)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(owner);
        output.WriteLine(Inverted(owner));
        foreach (var record in records)
        {
            if (record.Authors.Count == 0)
                throw new ArgumentException($"a publication list names every author; '{record.Title}' has none", nameof(records));
            output.WriteLine(ListingText.OneLine(record.Title));
            output.WriteLine(string.Join(", ", record.Authors.Select(Inverted)));
            output.WriteLine(ListingText.OneLine(record.Abstract));
        }
    }

    /// <summary>
    /// "Family, Given". Both halves are always written because the parser reads the author
    /// line as pairs; a mononym gets an empty given name rather than shifting every pair.
    /// </summary>
    private static string Inverted(PersonName name)
    {
        if (name.Given.Length == 0 || name.Family.Length == 0)
            throw new ArgumentException($"publication lists need family and given names; got '{name.Display}'", nameof(name));
        return name.Family + ", " + name.Given;
    }
}
