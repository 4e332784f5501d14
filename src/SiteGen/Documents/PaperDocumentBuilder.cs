using SiteGen.Model;
using SiteGen.Pages;

namespace SiteGen.Documents;

/// <summary>Paper (+ catalog for names) → <see cref="PaperDocument"/>.</summary>
public static class PaperDocumentBuilder
{
    public static PaperDocument Build(Paper paper, Catalog catalog, IReadOnlyList<string> oldSlugs)
    {
        var topics = paper.TopicIds.Select(id => catalog.Topics[id]).ToList();
        var bib = paper.Bibliographic;
        var front = new FrontMatter
        {
            Title = paper.Title,
            Date = paper.Date.Year is { } y ? new PartialDate(y, paper.Date.Month ?? 1, paper.Date.Day ?? 1).ToIso() : null,
            DatePrecision = paper.Date.Year is null || paper.Date.Day is not null ? null : paper.Date.Month is null ? "year" : "month",
            Authors = paper.Authors.Select(a => catalog.Authors[a.AuthorId].Name.Display).ToList(),
            Editors = bib.Editors.Select(e => e.Display).ToList(),
            AuthorsAreEditors = paper.AuthorsAreEditors ? true : null,
            AuthorCount = paper.Authors.Count == 0 ? paper.AuthorCount : null,
            Organisation = paper.Organisation,
            AuthorsTruncated = paper.AuthorsTruncated ? true : null,
            Topics = topics.Select(t => t.Name).ToList(),
            Categories = paper.Categories,
            Venue = paper.Venue,
            PublicationType = bib.EntryType,
            Doi = bib.Doi,
            Arxiv = bib.ArxivId,
            PaperUrl = bib.Url,
            CitationKeys = bib.CitationKeys,
            Fields = Bibliographic.OtherFieldNames.Where(bib.OtherFields.ContainsKey).ToDictionary(f => f, f => bib.OtherFields[f]),
            Slug = paper.Slug,
            Aliases = oldSlugs.Select(s => "/" + SitePaths.Paper(s)).ToList(),
            Links = paper.Links,
            Featured = paper.Featured ? true : null,
            HasCode = paper.HasCode ? true : null,
            Upvotes = paper.Upvotes,
            Sources = paper.Sources.Select(s => s.ToString()).ToList(),
        };

        return new PaperDocument(front, AbstractMarkdown.FromPlainText(paper.Abstract), NotesMacros.ToMarkdown(paper.Notes));
    }
}
