using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>
/// A paper's links as the buttons under it in lists, in the order readers look for them (al-folio's
/// and Hugo Blox's): PDF, arXiv, DOI, code, slides, video, poster, project page, then the entry's
/// own URL when it is none of those. Every address here was checked as http(s) where it was read.
/// </summary>
public static class PaperLinks
{
    private static readonly (string Kind, string Label)[] Files =
        [("code", "Code"), ("slides", "Slides"), ("video", "Video"), ("poster", "Poster"), ("website", "Project"), ("html", "Project")];

    public static IReadOnlyList<LinkView> Of(Paper paper)
    {
        var bib = paper.Bibliographic;
        var links = new List<LinkView>();
        void Add(string label, string href)
        {
            if (!links.Exists(l => l.Href == href) && !links.Exists(l => l.Text == label)) links.Add(new LinkView(label, href));
        }
        if (paper.Links.TryGetValue("pdf", out var pdf)) Add("PDF", pdf);
        if (bib.ArxivId is { } arxiv) Add("arXiv", "https://arxiv.org/abs/" + arxiv);
        if (bib.Doi is { } doi) Add("DOI", "https://doi.org/" + doi);
        foreach (var (kind, label) in Files)
            if (paper.Links.TryGetValue(kind, out var href)) Add(label, href);
        if (bib.Url is { } url) Add("URL", url);
        return links;
    }
}
