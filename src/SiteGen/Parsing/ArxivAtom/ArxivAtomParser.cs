using System.Xml;
using System.Xml.Linq;
using SiteGen.Model;
using SiteGen.Parsing.Dates;
using SiteGen.Parsing.Common;
using SiteGen.Parsing.Names;
using SiteGen.Reading;

namespace SiteGen.Parsing.ArxivAtom;

/// <summary>
/// The Atom feed the arXiv API returns (export.arxiv.org/api/query): one <c>entry</c> per
/// paper with its abs URL as <c>id</c>, title and summary wrapped across lines, authors,
/// <c>published</c>, links to the abs page and the PDF, <c>arxiv:primary_category</c>,
/// and optionally <c>arxiv:doi</c> and <c>arxiv:journal_ref</c>. DTDs are ignored and
/// nothing external is ever resolved; malformed XML keeps the entries read before it and
/// says how many that was.
/// </summary>
public sealed class ArxivAtomParser : IListingParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";

    public ListingFormat Format => ListingFormat.ArxivAtom;

    public double Detect(SourceText text)
    {
        var byExtension = FileKind.HasExtension(text.Name, ".xml", ".atom");
        var head = string.Join('\n', text.Lines.Take(40));
        if (!head.Contains("<feed", StringComparison.Ordinal)) return 0;
        var atom = head.Contains("http://www.w3.org/2005/Atom", StringComparison.Ordinal);
        var arxiv = head.Contains("arxiv", StringComparison.OrdinalIgnoreCase);
        return atom && arxiv ? 1.0 : atom ? (byExtension ? 0.9 : 0.8) : 0.4;
    }

    public TokenisedListing Read(SourceText text)
    {
        var (entries, error) = Entries(text);
        return new TokenisedListing(
            lexicon =>
            {
                foreach (var (entry, _) in entries)
                    foreach (var author in entry.Elements(Atom + "author"))
                        lexicon.Add(PersonNameParser.ParseNatural(FieldText.Collapse(author.Element(Atom + "name")?.Value ?? "")));
            },
            context => Parse(text, entries, error, context));
    }

    private List<PaperRecord> Parse(SourceText text, List<(XElement Entry, int Line)> entries, (int Line, string Message)? error, ParseContext context)
    {
        var records = new List<PaperRecord>();
        foreach (var (entry, line) in entries)
            if (Build(entry, text.At(line), context) is { } record) records.Add(record);
        // XmlReader cannot resynchronise after malformed XML, so the count says how much of the feed made it.
        if (error is { } e)
            context.Diagnostics.Warning(text.At(e.Line),
                $"malformed XML: {e.Message}; {Count(entries.Count, "entry", "entries")} before this point read, the rest of the feed is skipped");
        return records;
    }

    private PaperRecord? Build(XElement entry, SourceLocation at, ParseContext context)
    {
        var title = FieldText.Collapse(entry.Element(Atom + "title")?.Value ?? "");
        if (title.Length == 0)
        {
            context.Diagnostics.Warning(at, "feed entry has no title; skipped");
            return null;
        }
        var names = entry.Elements(Atom + "author")
            .Select(a => FieldText.Collapse(a.Element(Atom + "name")?.Value ?? ""))
            .Where(n => n.Length > 0)
            .Select(PersonNameParser.ParseNatural)
            .ToList();

        var feedLinks = entry.Elements(Atom + "link").ToList();
        var abs = feedLinks.FirstOrDefault(l => (string?)l.Attribute("rel") == "alternate")?.Attribute("href")?.Value is { } a ? Identifiers.HttpUrl(a) : null;
        var pdf = feedLinks.FirstOrDefault(l => (string?)l.Attribute("title") == "pdf" || (string?)l.Attribute("type") == "application/pdf")?.Attribute("href")?.Value is { } p ? Identifiers.HttpUrl(p) : null;
        var id = entry.Element(Atom + "id")?.Value.Trim();
        var doi = Identifiers.Doi(entry.Element(Arxiv + "doi")?.Value);
        var journal = entry.Element(Arxiv + "journal_ref")?.Value is { } j ? FieldText.Collapse(j) : null;

        var date = PartialDate.Unknown;
        var published = entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value;
        if (published is not null)
        {
            if (!IsoDate.TryParse(published, out date, out var problem))
                context.Diagnostics.Warning(at, $"'published' date '{published.Trim()}' is not ISO 8601; kept undated");
            else if (problem is not null)
                context.Diagnostics.Warning(at, $"'published' date '{published.Trim()}': {problem}");
        }

        var category = entry.Element(Arxiv + "primary_category")?.Attribute("term")?.Value
            ?? entry.Elements(Atom + "category").Select(c => c.Attribute("term")?.Value).FirstOrDefault(t => t is not null);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        if (pdf is not null) links["pdf"] = pdf;

        return new PaperRecord
        {
            Title = title,
            Authors = names,
            Date = date,
            Category = category,
            Abstract = FieldText.Collapse(entry.Element(Atom + "summary")?.Value ?? ""),
            Venue = journal,
            Bibliographic = new Bibliographic
            {
                // arXiv's own BibTeX export calls a preprint @misc; a journal reference makes it an article.
                EntryType = journal is null ? "misc" : "article",
                Doi = doi,
                ArxivId = Identifiers.Arxiv(id) ?? Identifiers.Arxiv(abs),
                Url = abs ?? Identifiers.HttpUrl(id),
                Keywords = entry.Elements(Atom + "category").Select(c => c.Attribute("term")?.Value).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                Links = links,
            },
            Gaps = (names.Count == 0 ? EntryGaps.NoAuthors : EntryGaps.None) | (published is null ? EntryGaps.NoDate : EntryGaps.None),
            Source = at,
            Format = Format,
        };
    }

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    /// <summary>
    /// Each <c>entry</c> element with its 0-based line, read as a stream so an error late in the
    /// file keeps what came before; and the XML error that ended the reading, if any.
    /// </summary>
    private static (List<(XElement Entry, int Line)> Entries, (int Line, string Message)? Error) Entries(SourceText text)
    {
        var entries = new List<(XElement, int)>();
        var settings = new XmlReaderSettings
        {
            // Never fetch or expand a DTD: a feed has none, and external entities are an attack vector.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(string.Join('\n', text.Lines)), settings);
        var info = (IXmlLineInfo)reader;
        try
        {
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "entry" && reader.NamespaceURI == Atom.NamespaceName)
                {
                    var line = info.LineNumber - 1;
                    entries.Add(((XElement)XNode.ReadFrom(reader), line));
                }
                else reader.Read();
            }
        }
        catch (XmlException ex)
        {
            return (entries, (Math.Max(0, ex.LineNumber - 1), ex.Message.Split(" Line ")[0].TrimEnd('.', ',')));
        }
        return (entries, null);
    }
}
