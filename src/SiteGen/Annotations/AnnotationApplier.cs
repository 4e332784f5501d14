using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Permalinks;

namespace SiteGen.Annotations;

/// <summary>
/// Merges each input/papers/&lt;slug&gt;.md into the paper that slug leads to (its slug or any other
/// address of it). It runs before authors and topics are resolved, so corrected authors get their
/// author pages, a corrected date its place in the lists and a corrected abstract its topics.
/// </summary>
internal static class AnnotationApplier
{
    public static IReadOnlyList<PaperDraft> Apply(IReadOnlyList<PaperDraft> drafts, AddressBook addresses,
        IReadOnlyList<PaperAnnotation> annotations, DiagnosticBag diagnostics)
    {
        if (annotations.Count == 0) return drafts;
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < drafts.Count; i++) byKey[drafts[i].Paper.Key] = i;

        var result = drafts.ToArray();
        foreach (var a in annotations)
        {
            if (addresses.PaperKeyOf(a.Slug) is not { } key || !byKey.TryGetValue(key, out var i))
            {
                diagnostics.Warning(new SourceLocation(a.File, 1), $"no paper has the slug '{a.Slug}' (see input/permalinks.yml); annotation ignored");
                continue;
            }
            result[i] = Apply(result[i], a);
        }
        return result;
    }

    private static PaperDraft Apply(PaperDraft draft, PaperAnnotation a)
    {
        var paper = draft.Paper;
        var o = a.Overrides;
        var links = new Dictionary<string, string>(paper.Links, StringComparer.Ordinal);
        foreach (var (k, v) in a.Links) links[k] = v;
        var gaps = paper.Gaps;
        if (o.Title is not null || o.Authors is not null) gaps &= ~EntryGaps.GuessedTitle;
        if (o.Authors is not null) gaps &= ~EntryGaps.NoAuthors;
        if (o.Date is not null) gaps &= ~EntryGaps.NoDate;
        var bib = paper.Bibliographic;
        paper = paper with
        {
            Title = o.Title ?? paper.Title,
            AuthorsTruncated = o.Authors is null ? paper.AuthorsTruncated : o.AuthorsTruncated,
            AuthorsAreEditors = o.Authors is null && paper.AuthorsAreEditors,
            Date = o.Date ?? paper.Date,
            Venue = o.Venue ?? paper.Venue,
            Abstract = o.Abstract ?? paper.Abstract,
            Bibliographic = bib with
            {
                EntryType = o.EntryType ?? bib.EntryType,
                VenueAbbreviation = o.VenueAbbreviation ?? bib.VenueAbbreviation,
                Doi = o.Doi ?? bib.Doi,
                ArxivId = o.ArxivId ?? bib.ArxivId,
                Url = o.Url ?? bib.Url,
            },
            Links = links,
            Featured = a.Featured ?? paper.Featured,
            HasCode = paper.HasCode || links.ContainsKey("code"),
            Notes = a.Notes.Length > 0 ? a.Notes : paper.Notes,
            Gaps = gaps,
        };
        return draft with { Paper = paper, AuthorNames = o.Authors ?? draft.AuthorNames };
    }
}
