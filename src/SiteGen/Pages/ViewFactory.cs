using System.Globalization;
using SiteGen.Citation;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Pages;

/// <summary>Builds the small views many pages share, with links relative to the page's root.</summary>
public sealed class ViewFactory(SiteContext site)
{
    /// <summary>Lists show the first authors only; the paper page shows them all.</summary>
    internal const int ListedAuthors = 6;

    public PaperItemView PaperItem(Paper paper, string root) => new(paper, root, this);

    /// <summary>The abstract alone as HTML (a list's toggle; the paper page adds the notes).</summary>
    public static TrustedHtml AbstractHtml(Paper paper) =>
        paper.Abstract.Length == 0 ? TrustedHtml.Empty : new TrustedHtml(Tex.ReadableAbstract.Of(paper.Abstract).Html);

    /// <summary>The paper's BibTeX as its cite box writes it, citing its page where the site has a base URL.</summary>
    public string Bibtex(Paper paper) => BibtexWriter.Entry(site.Reference(paper), BibtexContent.Reference);

    /// <summary>The title's language where it differs from the site's (its <c>lang</c> attribute), else null.</summary>
    public string? TitleLanguage(Paper paper) => Text.ScriptLanguage.Differing(paper.Title, site.Config.Language);

    /// <summary>The abstract's language where it differs from the site's, else null.</summary>
    public string? AbstractLanguage(Paper paper) => Text.ScriptLanguage.Differing(paper.Abstract, site.Config.Language);

    public IReadOnlyList<AuthorLinkView> AuthorLinks(Paper paper, string root, int max = int.MaxValue) =>
        paper.Authors.Take(max).Select(a =>
        {
            var author = site.Catalog.Authors[a.AuthorId];
            return new AuthorLinkView(author.Name.Display, root + SitePaths.Author(author.Id), author.IsMember);
        }).ToList();

    public IReadOnlyList<LinkView> TopicLinks(Paper paper, string root) =>
        paper.TopicIds.Select(id => new LinkView(site.Catalog.Topics[id].Name, root + SitePaths.Topic(id))).ToList();

    /// <summary>
    /// "et al." for a list cut by the source or, <paramref name="cut"/>, by the page; "(ed.)" or
    /// "(eds.)" after an edited volume's editors; the count or organisation where no names are
    /// known, and "authors unknown" where the entry gave none of them (a reader should not take
    /// the paper for anonymous, and no name is invented).
    /// </summary>
    public static string? AuthorsNote(Paper paper, bool cut = false)
    {
        if (paper.Authors.Count > 0)
        {
            var etAl = cut || paper.AuthorsTruncated ? "et al." : null;
            if (!paper.AuthorsAreEditors) return etAl;
            var role = paper.Authors.Count == 1 && !paper.AuthorsTruncated ? "(ed.)" : "(eds.)";
            return etAl is null ? role : etAl + " " + role;
        }
        if (paper.Organisation is { } org) return org;
        return paper.AuthorCount is { } n ? string.Create(CultureInfo.InvariantCulture, $"{n} author{(n == 1 ? "" : "s")}") : "authors unknown";
    }

    public static string DateText(PartialDate date)
    {
        if (date.Year is not { } y) return "";
        if (date.Month is not { } m) return y.ToString(CultureInfo.InvariantCulture);
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m);
        return date.Day is { } d ? string.Create(CultureInfo.InvariantCulture, $"{month} {d}, {y}") : string.Create(CultureInfo.InvariantCulture, $"{month} {y}");
    }

    /// <summary>Groups papers (already in site order) under year headings.</summary>
    public IReadOnlyList<PaperGroupView> ByYear(IEnumerable<Paper> papers, string root) =>
        papers.GroupBy(p => p.Date.Year)
            .Select(g => new PaperGroupView(
                g.Key?.ToString(CultureInfo.InvariantCulture) ?? "Undated",
                "y" + (g.Key?.ToString(CultureInfo.InvariantCulture) ?? SitePaths.UndatedKey),
                g.Select(p => PaperItem(p, root)).ToList()))
            .ToList();

    /// <summary>Groups one year's papers (in site order) under month headings, ids "month-MM".</summary>
    public IReadOnlyList<PaperGroupView> ByMonth(IEnumerable<Paper> papers, string root) =>
        papers.GroupBy(p => p.Date.Month)
            .Select(g => new PaperGroupView(
                g.Key is { } m ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m) : "Month unknown",
                MonthAnchor(g.Key),
                g.Select(p => PaperItem(p, root)).ToList()))
            .ToList();

    public static string MonthAnchor(int? month) =>
        "month-" + (month?.ToString("D2", CultureInfo.InvariantCulture) ?? "unknown");
}
