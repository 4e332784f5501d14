using SiteGen.Citation;
using SiteGen.Export;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Pages;

/// <summary>
/// The bibliography as files readers download, each linked from the page that lists the same
/// papers: every paper as BibTeX (papers.bib) and CSL-JSON (papers.json, for Zotero), and a .bib
/// beside each paper's, author's, year's and type's page. Full entries (abstract, keywords, links),
/// written by the one BibTeX writer with the site's unique citation keys, so each file parses
/// back in BibTeX tools and a paper has the same key everywhere.
/// </summary>
public sealed class BibliographyFiles(SiteContext site)
{
    public IEnumerable<SiteFile> Build()
    {
        var sets = new List<(string Path, IReadOnlyList<Paper> Papers)> { (SitePaths.AllBibtex, site.Papers) };
        if (site.PapersByType.Count > 1)
            sets.AddRange(site.PapersByType.Select(t => (SitePaths.Bibtex(SitePaths.Type(t.Type.Key)), t.Papers)));
        sets.AddRange(site.PapersByYear.Select(g => (SitePaths.Bibtex(SitePaths.Year(g.Key)), (IReadOnlyList<Paper>)[.. g])));
        sets.AddRange(site.Catalog.Authors.Values.Select(a => (SitePaths.Bibtex(SitePaths.Author(a.Id)), (IReadOnlyList<Paper>)[.. site.PapersByAuthor[a.Id]])));
        sets.AddRange(site.Papers.Select(p => (SitePaths.Bibtex(SitePaths.Paper(p.Slug)), (IReadOnlyList<Paper>)[p])));
        return sets.AsParallel().Select(s => SiteFile.FromText(s.Path, BibtexWriter.Write(s.Papers.Select(site.Reference))))
            .Append(CslJson());
    }

    private SiteFile CslJson()
    {
        using var buffer = new MemoryStream();
        CslJsonWriter.Write(site.Papers.Select(site.Reference), buffer);
        return new SiteFile(SitePaths.AllCslJson, buffer.ToArray());
    }
}
