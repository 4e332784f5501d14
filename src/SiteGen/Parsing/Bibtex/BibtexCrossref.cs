namespace SiteGen.Parsing.Bibtex;

/// <summary>
/// BibTeX's <c>crossref</c>: an entry in a proceedings or book names its container
/// (<c>crossref = {neurips2024}</c>) and inherits the fields it leaves out, as BibTeX and Biber
/// do. The container's title becomes the entry's booktitle (Biber's rule: the entry keeps its own
/// title); only fields that describe the container are inherited, not the container's own DOI,
/// URL, abstract or links. A key that names no entry in the file is reported.
/// </summary>
internal static class BibtexCrossref
{
    private static readonly string[] Inherited =
    [
        "booktitle", "editor", "year", "month", "day", "date", "publisher", "address", "organization", "series", "volume",
        "number", "edition", "isbn", "issn", "eventtitle", "journal", "journaltitle", "school", "institution", "howpublished",
    ];

    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "proceedings", "mvproceedings", "book", "mvbook", "collection", "mvcollection", "reference", "mvreference", "periodical",
    };

    public static IReadOnlyList<BibtexEntry> Resolve(IReadOnlyList<BibtexEntry> entries, List<(int Line, string Message)> problems)
    {
        if (!entries.Any(e => e.Fields.ContainsKey("crossref"))) return entries;
        var byKey = new Dictionary<string, BibtexEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries) byKey.TryAdd(e.Key, e);
        return entries.Select(entry =>
        {
            if (!entry.Fields.TryGetValue("crossref", out var crossref)) return entry;
            var parentKey = crossref.Value.Trim();
            if (!byKey.TryGetValue(parentKey, out var parent) || ReferenceEquals(parent, entry))
            {
                problems.Add((crossref.Line, $"entry '{entry.Key}': crossref '{parentKey}' names no entry in this file; nothing inherited"));
                return entry;
            }
            var fields = new Dictionary<string, BibtexField>(entry.Fields, StringComparer.Ordinal);
            foreach (var name in Inherited)
                if (parent.Fields.TryGetValue(name, out var value)) fields.TryAdd(name, value);
            if (Containers.Contains(parent.Type) && parent.Fields.TryGetValue("title", out var title))
                fields.TryAdd(entry.Type == "article" ? "journal" : "booktitle", title);
            return entry with { Fields = fields };
        }).ToList();
    }
}
