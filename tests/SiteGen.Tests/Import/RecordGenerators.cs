using SiteGen.Citation;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Model;

namespace SiteGen.Tests.Import;

/// <summary>
/// Random records whose text is what real bibliographies hold: accents, TeX-special characters
/// (&amp; % # _ ~ ^ \ { }), dashes and quotes that TeX would ligature, particles and "Jr." in
/// names, editors, partial dates, DOIs, arXiv ids, keywords, links and the other standard BibTeX
/// fields (volume, pages, publisher, ...). Text is already normalised (single spaces, trimmed),
/// as every parser collapses whitespace.
/// </summary>
internal static class RecordGenerators
{
    private static readonly string[] WordPool =
    [
        "Unified", "Framework", "U-Net", "Design", "naïve", "Über", "Gaussian", "Processes", "in", "the", "of", "LLMs",
        "50%", "R&D", "C#", "snake_case", "~tilde", "x^2", @"back\slash", "{braces}", "}odd{", "\"quoted\"", "it's",
        "a--b", "a---b", "``double''", "$\\alpha$", "Ångström", "Łódź", "ß", "中文", "😀", "Zoë", "@home", "and", "others", "-",
    ];

    private static readonly string[] GivenPool = ["Jan", "María José", "J. R. R.", "Ludwig", "Zoë", "Chris C.", "", "Łukasz", "jean-Paul"];

    private static readonly string[] FamilyPool =
        ["Müller", "van der Berg", "de la Cruz", "O'Neil", "King Jr.", "Smith-Jones", "Plato Barnes", "Ångström", "von Neumann", "Ng", "Dvořák", "Ford III", "van der Berg Sr."];

    public static readonly string[] EntryTypes =
        ["article", "inproceedings", "book", "incollection", "phdthesis", "techreport", "unpublished", "online", "misc", "software", "dataset", "patent"];

    private static Gen<string> Letters(int min, int max) =>
        from n in Gen.Choose(min, max)
        from cs in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzé".ToCharArray()), n)
        select new string(cs);

    private static Gen<string> Word =>
        Gen.Frequency((3, Gen.Elements(WordPool)), (2, Letters(1, 8)), (1, Letters(1, 6).Select(w => char.ToUpperInvariant(w[0]) + w[1..])));

    public static Gen<string> Phrase(int min, int max) =>
        from n in Gen.Choose(min, max)
        from words in Gen.ArrayOf(Word, n)
        select string.Join(' ', words);

    private static Gen<PersonName> Name =>
        from given in Gen.Elements(GivenPool)
        from family in Gen.Frequency((3, Gen.Elements(FamilyPool)), (1, Letters(2, 9).Select(w => char.ToUpperInvariant(w[0]) + w[1..])))
        select new PersonName(given, family);

    private static Gen<PartialDate> Date =>
        from year in Gen.Choose(1900, 2099)
        from precision in Gen.Choose(0, 3)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, 28)
        select precision switch
        {
            0 => PartialDate.Unknown,
            1 => new PartialDate(year, null, null),
            2 => new PartialDate(year, month, null),
            _ => new PartialDate(year, month, day),
        };

    private static Gen<string?> Maybe(Gen<string> gen) => Gen.Frequency((1, Gen.Constant<string?>(null)), (2, gen.Select(s => (string?)s)));

    private static Gen<string> Url => Letters(1, 8).Select(w => $"https://example.org/{w}_x~y?q=1%20&p=2");

    private static Gen<string> Doi => from a in Gen.Choose(1000, 99999) from b in Letters(1, 8) select $"10.{a}/{b}.2024_(x)-y";

    private static Gen<string> Arxiv =>
        Gen.OneOf(
            from a in Gen.Choose(1000, 2912) from b in Gen.Choose(10000, 99999) select $"{a}.{b}",
            from a in Gen.Choose(1000000, 9912999) select $"hep-th/{a}");

    /// <summary>Page ranges as .bib files give them (read as an en dash) or any text.</summary>
    private static Gen<string> Pages =>
        Gen.OneOf(from a in Gen.Choose(1, 999) from b in Gen.Choose(1, 999) select $"{a}–{a + b}", Phrase(1, 3));

    /// <summary>
    /// Other standard fields with values. school, institution and howpublished are also where
    /// the venue is read from (<see cref="SiteGen.Parsing.Bibtex.BibtexRecordBuilder.VenueFields"/>, best
    /// first), so one of them can only sit beside a venue written to a field the parser prefers.
    /// </summary>
    private static Gen<Dictionary<string, string>> OtherFields(string type, string? venue) =>
        from names in Gen.SubListOf(Bibliographic.OtherFieldNames.ToArray())
        from values in Gen.ArrayOf(Phrase(1, 4), names.Count)
        from pages in Pages
        select names.Zip(values)
            .Where(f => VenueRank(f.First) is not { } rank || venue is not null && rank > VenueRank(Citation.BibtexWriter.VenueField(type)))
            .ToDictionary(f => f.First, f => f.First == "pages" ? pages : f.Second, StringComparer.Ordinal);

    private static int? VenueRank(string field) =>
        Array.IndexOf(SiteGen.Parsing.Bibtex.BibtexRecordBuilder.VenueFields, field) is var i and >= 0 ? i : null;

    private static Gen<string> Key => Letters(2, 10).Select(w => w + ":2024_x-y");

    public static Gen<PaperRecord> Record =>
        from title in Phrase(1, 10)
        from authors in Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(Name, n))
        from truncated in Gen.Elements(false, false, true)
        // An edited volume credits its editors; an entry naming authors may name editors besides.
        from areEditors in Gen.Elements(false, false, authors.Length > 0)
        from editors in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Name, authors.Length > 0 && !areEditors ? n : 0))
        from editorsTruncated in Gen.Elements(false, editors.Length > 0)
        from date in Date
        from venue in Maybe(Phrase(1, 6))
        from abstractText in Gen.Frequency((1, Gen.Constant("")), (3, Phrase(3, 30)))
        from type in Gen.Elements(EntryTypes)
        from otherFields in OtherFields(type, venue)
        from key in Key
        from doi in Maybe(Doi)
        from arxiv in Maybe(Arxiv)
        from url in Maybe(Url)
        from keywords in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Letters(1, 8), n))
        from linkKinds in Gen.SubListOf("pdf", "code", "slides", "html")
        from linkTarget in Url
        from selected in Gen.Elements(false, true)
        select new PaperRecord
        {
            Title = title,
            Authors = authors,
            AuthorsTruncated = truncated,
            AuthorsAreEditors = areEditors,
            Date = date,
            Venue = venue,
            Abstract = abstractText,
            HasCode = linkKinds.Contains("code"),
            Bibliographic = new Bibliographic
            {
                EntryType = type,
                CitationKeys = [key],
                Doi = doi,
                ArxivId = arxiv,
                Url = url,
                Editors = editors,
                EditorsTruncated = editorsTruncated,
                OtherFields = otherFields,
                Keywords = keywords.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Links = linkKinds.ToDictionary(k => k, k => linkTarget + "/" + k),
                Selected = selected,
            },
            Source = new SourceLocation("generated", 0),
            Format = ListingFormat.Bibtex,
        };

    /// <summary>Several records; keys get their position appended, as one file's keys must be unique.</summary>
    public static Arbitrary<PaperRecord[]> Records => Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Record, n))
        .Select(rs => rs.Select((r, i) => r with { Bibliographic = r.Bibliographic with { CitationKeys = [$"{r.Bibliographic.CitationKeys[0]}{i}"] } }).ToArray())
        .ToArbitrary();
}
