using SiteGen.Model;
using SiteGen.Pages;

namespace SiteGen.Documents;

/// <summary>Paper (+ catalog for names) → <see cref="PaperDocument"/>.</summary>
public static class PaperDocumentBuilder
{
    public static PaperDocument Build(Paper paper, Catalog catalog, IReadOnlyList<string> oldSlugs)
    {
        var topics = paper.TopicIds.Select(id => catalog.Topics[id]).ToList();
        var front = new FrontMatter
        {
            Title = paper.Title,
            Date = paper.Date.Year is null ? null : paper.Date.ToIso(),
            Authors = paper.Authors.Select(a => catalog.Authors[a.AuthorId].Name.Display).ToList(),
            AuthorCount = paper.Authors.Count == 0 ? paper.AuthorCount : null,
            Organisation = paper.Organisation,
            AuthorsTruncated = paper.AuthorsTruncated ? true : null,
            Topics = topics.Select(t => t.Name).ToList(),
            Categories = paper.Categories,
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
