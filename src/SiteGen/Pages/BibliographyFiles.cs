using System.Text;
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
        // Each paper's entry is made once and copied into every file that lists it (about six per paper).
        var entries = new byte[site.Papers.Count][];
        Parallel.For(0, entries.Length, i => entries[i] = Encoding.UTF8.GetBytes(BibtexWriter.Entry(site.Reference(site.Papers[i])) + "\n"));
        return sets.AsParallel().Select(s => File(s.Path, s.Papers, entries)).Append(CslJson());
    }

    /// <summary>The papers' entries one after another, a blank line between (as <see cref="BibtexWriter.Write"/>); the last build's file if made from the same papers.</summary>
    private SiteFile File(string path, IReadOnlyList<Paper> papers, byte[][] entries)
    {
        var key = site.Keys.PaperSet("bibtex", papers);
        if (site.Reusable.TryReuse(path, key, out var reused)) return reused;
        var parts = papers.Select(p => entries[site.Position[p.Key]]).ToList();
        var content = new byte[parts.Sum(e => e.Length) + Math.Max(0, parts.Count - 1)];
        var at = 0;
        foreach (var entry in parts)
        {
            if (at > 0) content[at++] = (byte)'\n';
            entry.CopyTo(content, at);
            at += entry.Length;
        }
        return new SiteFile(path, content) { Key = key };
    }

    private SiteFile CslJson()
    {
        using var buffer = new MemoryStream();
        CslJsonWriter.Write(site.Papers.Select(site.Reference), buffer);
        return new SiteFile(SitePaths.AllCslJson, buffer.ToArray());
    }
}
