using SiteGen.Configuration;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Permalinks;
using SiteGen.Rendering;

namespace SiteGen.Pages;

/// <summary>
/// What every page builder reads: the catalog in site order, lookups computed once, the
/// theme and the asset manifest. Built once per build; read-only afterwards, so page
/// builders may run in parallel.
/// </summary>
public sealed class SiteContext
{
    public SiteContext(Catalog catalog, SiteConfig config, Theme theme, AssetManifest assets, AddressBook addresses)
    {
        Catalog = catalog;
        Config = config;
        Theme = theme;
        Assets = assets;
        Addresses = addresses;
        _keys = new Lazy<PageKeys>(() => new PageKeys(this, SiteKey), LazyThreadSafetyMode.ExecutionAndPublication);
        var renamed = Citation.UniqueCitationKeys.Assign([.. catalog.Papers.Select(Citation.Reference.KeyOf)]);
        _citationKeys = catalog.Papers.Select((p, i) => (p.Key, Key: renamed[i])).Where(x => x.Key is not null)
            .ToDictionary(x => x.Item1, x => x.Key!, StringComparer.Ordinal);
        Papers = catalog.Papers;
        Position = Papers.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        PapersByAuthor = Papers.SelectMany(p => p.Authors.Select(a => a.AuthorId).Distinct().Select(id => (id, p)))
            .ToLookup(x => x.id, x => x.p, StringComparer.Ordinal);
        _papersByTopic = Papers.SelectMany(p => p.TopicIds.Select(id => (id, p))).GroupBy(x => x.id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Paper>)g.Select(x => x.p).ToArray(), StringComparer.Ordinal);
        PositionsByAuthor = Papers.SelectMany((p, i) => p.Authors.Select(a => a.AuthorId).Distinct().Select(id => (id, i)))
            .GroupBy(x => x.id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToArray(), StringComparer.Ordinal);
        PositionsByTopic = _papersByTopic.ToDictionary(t => t.Key, t => t.Value.Select(p => Position[p.Key]).ToArray(), StringComparer.Ordinal);
        PapersByYear = Papers.ToLookup(p => p.Date.Year);
        var byType = Papers.ToLookup(PublicationType.Of);
        PapersByType = [.. PublicationType.All.Where(t => byType[t].Any()).Select(t => (t, (IReadOnlyList<Paper>)byType[t].ToArray()))];
    }

    /// <summary>The last build's pages that may stand for this build's (none by default: every page is rendered).</summary>
    public ReusableFiles Reusable { get; init; } = ReusableFiles.None;

    /// <summary>Everything every page depends on, the first part of each page's key (see <see cref="PageKeys"/>).</summary>
    public string SiteKey { get; init; } = "";

    /// <summary>Keys of what the paper and list pages are made from; computed once, when first asked for.</summary>
    public PageKeys Keys => _keys.Value;
    private readonly Lazy<PageKeys> _keys;

    public Catalog Catalog { get; }
    public SiteConfig Config { get; }
    public Theme Theme { get; }
    public AssetManifest Assets { get; }

    /// <summary>Papers newest first: the order of every list and of previous/next.</summary>
    public IReadOnlyList<Paper> Papers { get; }

    /// <summary>Paper key → index in <see cref="Papers"/>.</summary>
    public IReadOnlyDictionary<string, int> Position { get; }

    public ILookup<string, Paper> PapersByAuthor { get; }

    /// <summary>Author id → positions of the author's papers, ascending (newest first).</summary>
    public IReadOnlyDictionary<string, int[]> PositionsByAuthor { get; }

    /// <summary>Topic id → positions of the topic's papers, ascending.</summary>
    public IReadOnlyDictionary<string, int[]> PositionsByTopic { get; }
    private readonly Dictionary<string, IReadOnlyList<Paper>> _papersByTopic;

    /// <summary>A topic's papers in site order.</summary>
    public IReadOnlyList<Paper> TopicPapers(string topicId) => _papersByTopic.TryGetValue(topicId, out var list) ? list : [];
    public ILookup<int?, Paper> PapersByYear { get; }

    /// <summary>The kinds of work the site has, in <see cref="PublicationType.All"/>'s order, each with its papers in site order.</summary>
    public IReadOnlyList<(PublicationType Type, IReadOnlyList<Paper> Papers)> PapersByType { get; }

    /// <summary>Every other address of each paper (redirect pages, Hugo aliases).</summary>
    public AddressBook Addresses { get; }

    private readonly Dictionary<string, string> _citationKeys;

    /// <summary>
    /// The paper as the citation writers see it: its page's URL (with a base URL) and a citation key
    /// no other paper of the site has, the same in the cite box and every .bib file.
    /// </summary>
    public Citation.Reference Reference(Paper paper) =>
        Citation.Reference.Of(paper, Catalog, Absolute(SitePaths.Paper(paper.Slug))) with { UniqueKey = UniqueCitationKey(paper) };

    /// <summary>The key the site gives <paramref name="paper"/> in place of its own, taken by another paper; null when its own is its alone.</summary>
    public string? UniqueCitationKey(Paper paper) => _citationKeys.GetValueOrDefault(paper.Key);

    public bool HasBaseUrl => Config.BaseUrl.Length > 0;

    /// <summary>site.yml lists members: the site has a people page.</summary>
    public bool HasPeople => Config.Authors.Members.Count > 0;

    /// <summary>input/people/ images by file name ("jane.jpg"), for members' photos.</summary>
    public IReadOnlyDictionary<string, byte[]> Photos { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>Absolute URL of a page, "index.html" dropped, when a base URL is set.</summary>
    public string? Absolute(string path)
    {
        if (!HasBaseUrl) return null;
        var clean = path == SitePaths.Home ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
        return Config.BaseUrl + "/" + clean;
    }

    public PageFrame Frame(string path, string title, string section = "", string description = "") => new()
    {
        Root = SitePaths.RootFrom(path),
        Site = new SiteView(Config.Title, Config.Language, SitePaths.RootFrom(path) + SitePaths.Feed, HasFeed: true) { HasPeople = HasPeople },
        Title = title,
        Description = description,
        Canonical = Absolute(path),
        Section = section,
        Assets = Assets.UrlsFrom(SitePaths.RootFrom(path)),
    };
}
