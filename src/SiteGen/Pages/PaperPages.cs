using SiteGen.Citation;
using SiteGen.Documents;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Tex;

namespace SiteGen.Pages;

/// <summary>One permanent page per paper: papers/&lt;slug&gt;.html.</summary>
public sealed class PaperPages(SiteContext site)
{
    private const int RelatedCount = 5;
    private readonly ViewFactory _views = new(site);

    public IEnumerable<SiteFile> Build() =>
        site.Papers.AsParallel().Select(Page);

    public SiteFile Page(Paper paper)
    {
        var path = SitePaths.Paper(paper.Slug);
        var root = SitePaths.RootFrom(path);
        var position = site.Position[paper.Key];
        var related = Related(paper);
        var formerSlugs = site.Addresses.FormerSlugs(paper.Key);
        var key = site.Keys.PaperPage(position, related, formerSlugs);
        // Links in the notes may point anywhere in the site, and a reused page is not link-checked again.
        if (paper.Notes.Length == 0 && site.Reusable.TryReuse(path, key, out var reused)) return reused;
        var document = PaperDocumentBuilder.Build(paper, site.Catalog, formerSlugs);
        var url = site.Absolute(path);
        var abstractHtml = ReadableAbstract.Of(paper.Abstract).Html;
        var notesHtml = document.NotesHtml();
        var reference = site.Reference(paper);

        var view = new PaperPageView(
            paper.Title,
            _views.AuthorLinks(paper, root),
            ViewFactory.AuthorsNote(paper),
            ViewFactory.DateText(paper.Date),
            paper.Date.ToIso(),
            _views.TopicLinks(paper, root),
            paper.HasCode,
            paper.Upvotes,
            paper.Featured,
            new TrustedHtml(abstractHtml + notesHtml),
            paper.Links.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => new LinkView(l.Key, l.Value)).ToList(),
            paper.Affiliations,
            BibtexWriter.Entry(reference, BibtexContent.Reference),
            PlainCitationFormatter.Format(reference),
            position > 0 ? Neighbour(site.Papers[position - 1], root) : null,
            position + 1 < site.Papers.Count ? Neighbour(site.Papers[position + 1], root) : null,
            related.Select(p => _views.PaperItem(p, root)).ToList(),
            paper.Sources.Select(s => s.ToString()).ToList(),
            Publication(paper))
        {
            BibtexHref = root + SitePaths.Bibtex(path),
            TypeLabel = PublicationType.Of(paper) is { Labelled: true } type ? type.Name : null,
            VenueAbbr = paper.Bibliographic.VenueAbbreviation,
            TitleLang = _views.TitleLanguage(paper),
            AbstractLang = _views.AbstractLanguage(paper),
            AbstractHtml = new TrustedHtml(abstractHtml),
            NotesHtml = new TrustedHtml(notesHtml),
        };

        var frame = site.Frame(path, paper.Title, "papers", PaperMetadata.Description(paper, site.Catalog)) with
        {
            Meta = PaperMetadata.Tags(paper, site.Catalog, site, path),
            JsonLd = new TrustedHtml(PaperMetadata.JsonLd(paper, site.Catalog, site, path)),
        };
        return new SiteFile(path, site.Theme.RenderPage(PageLayouts.Paper, view, frame)) { Key = key };
    }

    private static PublicationView? Publication(Paper paper)
    {
        var bib = paper.Bibliographic;
        var fields = bib.OtherFields;
        var details = string.Join(", ", new[]
        {
            fields.TryGetValue("volume", out var volume) ? "vol. " + volume : null,
            fields.TryGetValue("number", out var number) ? "no. " + number : null,
            fields.TryGetValue("pages", out var pages) ? "pp. " + pages : null,
        }.OfType<string>());
        if (paper.Venue is null && bib.Doi is null && bib.ArxivId is null && bib.Url is null && details.Length == 0) return null;
        return new PublicationView(
            paper.Venue,
            bib.Doi is { } doi ? new LinkView(doi, "https://doi.org/" + doi) : null,
            bib.ArxivId is { } arxiv ? new LinkView("arXiv:" + arxiv, "https://arxiv.org/abs/" + arxiv) : null,
            details.Length > 0 ? details : null,
            bib.Url is { } url ? new LinkView(url, url) : null);
    }

    private static LinkView Neighbour(Paper p, string root) => new(p.Title, root + SitePaths.Paper(p.Slug));

    /// <summary>
    /// Papers sharing authors (weight 3 each) or topics (1 each), best first, ties to the
    /// nearest in site order. Candidates are bounded (an author's 200 newest papers, a
    /// topic's 40 papers nearest in site order) so a prolific author or a huge topic cannot
    /// make this quadratic. Works on site positions: this runs once per paper page.
    /// </summary>
    private Paper[] Related(Paper paper)
    {
        var position = site.Position[paper.Key];
        // Scores by site position in a per-thread array, cleared after use through the list of
        // positions touched: no dictionary and no sort per page.
        var scores = t_scores is { } reused && reused.Length == site.Papers.Count ? reused : t_scores = new int[site.Papers.Count];
        var touched = t_touched ??= [];
        void Add(int candidate, int weight)
        {
            if (candidate == position) return;
            if (scores[candidate] == 0) touched.Add(candidate);
            scores[candidate] += weight;
        }

        foreach (var credit in paper.Authors.DistinctBy(a => a.AuthorId))
        {
            var theirs = site.PositionsByAuthor[credit.AuthorId];
            foreach (var p in theirs.AsSpan(0, Math.Min(200, theirs.Length))) Add(p, 3);
        }
        foreach (var topic in paper.TopicIds)
        {
            var list = site.PositionsByTopic[topic];
            var at = Array.BinarySearch(list, position);
            if (at < 0) at = ~at;
            for (var i = Math.Max(0, at - 20); i < Math.Min(list.Length, at + 21); i++) Add(list[i], 1);
        }

        // The best few: higher score, then nearer in site order, then newer.
        Span<int> best = stackalloc int[RelatedCount];
        var count = 0;
        bool Before(int a, int b) =>
            scores[a] != scores[b] ? scores[a] > scores[b]
            : Math.Abs(a - position) != Math.Abs(b - position) ? Math.Abs(a - position) < Math.Abs(b - position)
            : a < b;
        foreach (var candidate in touched)
        {
            if (count == RelatedCount && !Before(candidate, best[count - 1])) continue;
            var i = count < RelatedCount ? count++ : count - 1;
            while (i > 0 && Before(candidate, best[i - 1])) { best[i] = best[i - 1]; i--; }
            best[i] = candidate;
        }
        var related = new Paper[count];
        for (var i = 0; i < count; i++) related[i] = site.Papers[best[i]];
        foreach (var candidate in touched) scores[candidate] = 0;
        touched.Clear();
        return related;
    }

    [ThreadStatic] private static int[]? t_scores;
    [ThreadStatic] private static List<int>? t_touched;
}
