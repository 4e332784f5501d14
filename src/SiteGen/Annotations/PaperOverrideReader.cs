using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing.Common;
using SiteGen.Parsing.CslJson;
using SiteGen.Parsing.Dates;
using SiteGen.Parsing.Names;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Annotations;

/// <summary>
/// The front matter keys of input/papers/&lt;slug&gt;.md that correct a paper's fields: title,
/// authors, date, venue, abbr (the venue's short name), type, doi, arxiv, url, abstract. Values are read as the importers read
/// them (a DOI or arXiv id bare or as a URL, an ISO date of any precision, a name as "Given
/// Family" or "Family, Given"); a value that is not one is reported at its line and ignored.
/// </summary>
internal static class PaperOverrideReader
{
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
        { "title", "authors", "date", "venue", "abbr", "type", "doi", "arxiv", "url", "abstract" };

    private static readonly HashSet<string> BibtexTypes = new(StringComparer.Ordinal)
    {
        "article", "inproceedings", "conference", "proceedings", "book", "inbook", "incollection", "booklet", "manual",
        "phdthesis", "mastersthesis", "thesis", "techreport", "report", "unpublished", "online", "misc", "software",
        "dataset", "patent", "periodical",
    };

    public static PaperOverrides Read(PaperOverrides overrides, string key, YamlNode value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (key == "authors") return Authors(overrides, value, at, diagnostics);
        if (value is not YamlScalarNode { Value: { } raw } || raw.Trim().Length == 0)
        {
            diagnostics.Warning(at, $"'{key}' must be a text value; ignored");
            return overrides;
        }
        var text = raw.Trim();
        switch (key)
        {
            case "title": return overrides with { Title = FieldText.Collapse(text) };
            case "venue": return overrides with { Venue = FieldText.Collapse(text) };
            case "abbr": return overrides with { VenueAbbreviation = FieldText.Collapse(text) };
            case "abstract": return overrides with { Abstract = FieldText.Collapse(text) };
            case "date":
                if (IsoDate.TryParse(text, out var date, out var problem) && problem is null) return overrides with { Date = date };
                diagnostics.Warning(at, $"date '{text}' is not a date like 2024-03-11, 2024-03 or 2024{(problem is null ? "" : $" ({problem})")}; ignored");
                return overrides;
            case "type":
                var type = text.ToLowerInvariant();
                if (BibtexTypes.Contains(type)) return overrides with { EntryType = type };
                if (CslTypes.IsCslType(type)) return overrides with { EntryType = CslTypes.ToBibtex(type) };
                diagnostics.Warning(at, $"type '{text}' is neither a BibTeX entry type (article, inproceedings, phdthesis, ...) nor a CSL type; ignored");
                return overrides;
            case "doi":
                if (Identifiers.Doi(text) is { } doi) return overrides with { Doi = doi };
                diagnostics.Warning(at, $"doi '{text}' is not a DOI (10.xxxx/...); ignored");
                return overrides;
            case "arxiv":
                if (Identifiers.Arxiv(text) is { } arxiv) return overrides with { ArxivId = arxiv };
                diagnostics.Warning(at, $"arxiv '{text}' is not an arXiv id (2301.01234, hep-th/9901001) or arXiv URL; ignored");
                return overrides;
            default: // url
                if (Identifiers.HttpUrl(text) is { } url) return overrides with { Url = url };
                diagnostics.Warning(at, $"url '{text}' is not an http(s) address; ignored");
                return overrides;
        }
    }

    /// <summary>A list of names ("Jane Doe" or "Doe, Jane"); a last "et al." or "others" marks a list cut short.</summary>
    private static PaperOverrides Authors(PaperOverrides overrides, YamlNode value, SourceLocation at, DiagnosticBag diagnostics)
    {
        IEnumerable<YamlNode> items = value switch
        {
            YamlSequenceNode seq => seq.Children,
            YamlScalarNode { Value: { Length: > 0 } } => [value],
            _ => [],
        };
        var names = new List<PersonName>();
        var truncated = false;
        foreach (var item in items)
        {
            if (item is not YamlScalarNode { Value: { } written } || written.Trim().Length == 0)
            {
                diagnostics.Warning(at, "'authors' entries must be names (\"Jane Doe\" or \"Doe, Jane\"); entry ignored");
                continue;
            }
            var name = FieldText.Collapse(written);
            if (name is "et al." or "et al" or "others") { truncated = true; continue; }
            var comma = name.IndexOf(',', StringComparison.Ordinal);
            names.Add(comma > 0 ? PersonNameParser.ParseInverted(name[..comma], name[(comma + 1)..]) : PersonNameParser.ParseNatural(name));
        }
        if (names.Count > 0) return overrides with { Authors = names, AuthorsTruncated = truncated };
        diagnostics.Warning(at, "'authors' must list at least one name (\"Jane Doe\" or \"Doe, Jane\"); ignored");
        return overrides;
    }
}
