using SiteGen.Model;

namespace SiteGen.Merging;

/// <summary>
/// Venue, DOI, arXiv id, entry type, editors, other BibTeX fields and links of a merged paper:
/// each from the richest record that has it (most bibliographic fields; ties to the first
/// listed). Citation keys and keywords are the union, so every key a source used stays a stable
/// alias; links and the featured mark from any source carry over.
/// </summary>
internal static class BibliographicMerge
{
    public static Paper Apply(Paper paper, IReadOnlyList<PaperRecord> records)
    {
        if (records.All(r => r.Venue is null && r.Bibliographic.Richness == 0)) return paper;
        var rich = records.OrderByDescending(r => r.Bibliographic.Richness + (r.Venue is null ? 0 : 1)).ToList(); // stable: ties keep source order
        var bibs = rich.Select(r => r.Bibliographic).ToList();

        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var b in bibs)
            foreach (var (kind, href) in b.Links) links.TryAdd(kind, href);

        // The editor list and the other fields are each taken whole from one source: the volume
        // and pages of a journal version beside the number of a report describe no publication.
        var edited = bibs.FirstOrDefault(b => b.Editors.Count > 0);
        var merged = new Bibliographic
        {
            EntryType = bibs.Select(b => b.EntryType).FirstOrDefault(t => t is not null),
            VenueAbbreviation = bibs.Select(b => b.VenueAbbreviation).FirstOrDefault(a => a is not null),
            CitationKeys = bibs.SelectMany(b => b.CitationKeys).Distinct(StringComparer.Ordinal).ToList(),
            Doi = bibs.Select(b => b.Doi).FirstOrDefault(d => d is not null),
            ArxivId = bibs.Select(b => b.ArxivId).FirstOrDefault(a => a is not null),
            Url = bibs.Select(b => b.Url).FirstOrDefault(u => u is not null),
            Editors = edited?.Editors ?? [],
            EditorsTruncated = edited?.EditorsTruncated ?? false,
            OtherFields = bibs.Select(b => b.OtherFields).FirstOrDefault(f => f.Count > 0) ?? new Dictionary<string, string>(),
            Keywords = bibs.SelectMany(b => b.Keywords).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Links = links,
            Selected = bibs.Any(b => b.Selected),
        };
        return paper with
        {
            Venue = rich.Select(r => r.Venue).FirstOrDefault(v => v is not null),
            Bibliographic = merged,
            Links = links,
            Featured = paper.Featured || merged.Selected,
            HasCode = paper.HasCode || links.ContainsKey("code"),
        };
    }
}
