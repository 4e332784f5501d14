using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;
using SiteGen.Parsing.Dates;
using SiteGen.Parsing.Common;
using SiteGen.Parsing.Names;
using SiteGen.Reading;

namespace SiteGen.Parsing.Ris;

/// <summary>
/// RIS, the tagged format reference managers export: "TY  - JOUR" opens a reference,
/// "ER  -" closes it, and each line in between is "XX  - value" (a line without a tag
/// continues the previous value). Tags read: TY, AU/A1/A2, TI/T1, PY/Y1, DA, JO/JF/JA/T2/BT,
/// DO, UR, L1, AB/N2, KW, ID.
/// </summary>
public sealed partial class RisParser : IListingParser
{
    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9])  -(?: (?<value>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TagLine();

    /// <summary>The full date (DA) first, then the publication year tags.</summary>
    private static readonly string[] DateTags = ["DA", "Y1", "PY"];

    public ListingFormat Format => ListingFormat.Ris;

    public double Detect(SourceText text)
    {
        var byExtension = FileKind.HasExtension(text.Name, ".ris");
        int tagged = 0, nonBlank = 0, starts = 0;
        foreach (var line in text.Lines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            nonBlank++;
            if (!TagLine().IsMatch(line)) continue;
            tagged++;
            if (line.StartsWith("TY  -", StringComparison.Ordinal)) starts++;
        }
        if (starts == 0) return byExtension ? 0.5 : 0;
        return Math.Min(1.0, (byExtension ? 0.2 : 0) + 0.95 * tagged / nonBlank);
    }

    public TokenisedListing Read(SourceText text)
    {
        var (references, problems) = RisReader.Read(text.Lines, TagLine());
        return new TokenisedListing(
            lexicon =>
            {
                foreach (var reference in references)
                    foreach (var (tag, value, _) in reference.Fields)
                        if (tag is "AU" or "A1") lexicon.Add(Name(value));
            },
            context => Parse(text, references, problems, context));
    }

    private List<PaperRecord> Parse(SourceText text, IReadOnlyList<RisReference> references, IReadOnlyList<(int Line, string Message)> problems, ParseContext context)
    {
        foreach (var (line, message) in problems) context.Diagnostics.Warning(text.At(line), message);
        var records = new List<PaperRecord>();
        foreach (var reference in references)
            if (Build(reference, text, context) is { } record) records.Add(record);
        if (references.Count == 0 && problems.Count == 0)
            context.Diagnostics.Warning(text.At(0), "no RIS references (TY ... ER) found");
        return records;
    }

    private PaperRecord? Build(RisReference reference, SourceText text, ParseContext context)
    {
        string? First(params string[] tags) =>
            tags.Select(t => reference.Fields.FirstOrDefault(f => f.Tag == t).Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        IEnumerable<string> All(params string[] tags) =>
            reference.Fields.Where(f => tags.Contains(f.Tag) && f.Value.Trim().Length > 0).Select(f => f.Value.Trim());

        var title = First("TI", "T1", "CT");
        if (title is null)
        {
            context.Diagnostics.Warning(text.At(reference.Line), "reference has no title (TI or T1); skipped");
            return null;
        }
        var authors = All("AU", "A1").Select(Name).Where(n => n.Family.Length > 0).ToList();
        var truncated = authors.RemoveAll(n => n.Given.Length == 0 && n.Family is "et al." or "others") > 0;
        var urls = All("UR").Select(Identifiers.HttpUrl).OfType<string>().ToList();
        var pdf = All("L1").Select(Identifiers.HttpUrl).OfType<string>().FirstOrDefault() ?? urls.FirstOrDefault(u => u.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        if (pdf is not null) links["pdf"] = pdf;
        var url = urls.FirstOrDefault(u => u != pdf);
        var doi = Identifiers.Doi(First("DO"));
        var type = reference.Type;
        // Secondary title (T2/BT) names a conference or book for CONF/CHAP references, a journal otherwise.
        var venue = First("JO", "JF", "JA", "J2", "T2", "BT");

        return new PaperRecord
        {
            Title = FieldText.Collapse(title),
            Authors = authors,
            AuthorsTruncated = truncated,
            Date = Date(reference, text, context),
            Abstract = FieldText.Collapse(First("AB", "N2") ?? ""),
            Venue = venue is null ? null : FieldText.Collapse(venue),
            Bibliographic = new Bibliographic
            {
                EntryType = RisTypes.ToBibtex(type),
                CitationKeys = First("ID") is { } id ? [id] : [],
                Doi = doi,
                ArxivId = Identifiers.ArxivFromAny([.. urls, First("DO"), venue, First("M1"), First("SN")]),
                Url = url,
                Keywords = All("KW").SelectMany(k => FieldText.Keywords(k)).Distinct(StringComparer.Ordinal).ToList(),
                Links = links,
            },
            Gaps = (authors.Count == 0 ? EntryGaps.NoAuthors : EntryGaps.None)
                   | (reference.Fields.Any(f => DateTags.Contains(f.Tag)) ? EntryGaps.None : EntryGaps.NoDate),
            Source = text.At(reference.Line),
            Format = Format,
        };
    }

    /// <summary>"Last, First" (the RIS rule) or, from sloppier exporters, "First Last".</summary>
    private static PersonName Name(string value)
    {
        var parts = value.Split(',', 3, StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            1 => PersonNameParser.ParseNatural(parts[0]),
            2 => new PersonName(parts[1], parts[0]),
            // "Last, First, Suffix": the suffix (Jr.) stays with the family name, as BibTeX's does.
            _ => new PersonName(parts[1], parts[2].Length > 0 ? $"{parts[0]} {parts[2]}" : parts[0]),
        };
    }

    /// <summary>DA "2024/03/11/" (or "2024/03//"), else PY "2024" or "2024///"; a bad month or day is reported at its tag's line.</summary>
    private static PartialDate Date(RisReference reference, SourceText text, ParseContext context)
    {
        var candidates = DateTags
            .SelectMany(tag => reference.Fields.Where(f => f.Tag == tag && !string.IsNullOrWhiteSpace(f.Value)).Take(1))
            .ToList();
        foreach (var (_, value, line) in candidates)
        {
            var parts = value.Trim().Split('/', '-');
            if (parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || !DateParts.IsYear(y)) continue;
            // A fourth part is RIS's free "other info" (a season, "Epub"): not a date part.
            var date = DateParts.Check(y, parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(2), out var problem);
            if (problem is not null) context.Diagnostics.Warning(text.At(line), $"reference date '{value.Trim()}': {problem}");
            return date;
        }
        if (candidates.Count > 0)
            context.Diagnostics.Warning(text.At(candidates[0].Line), $"reference date '{candidates[0].Value.Trim()}' has no four-digit year (0001-9999); kept undated");
        return PartialDate.Unknown;
    }
}
