using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Topics;

/// <summary>
/// Gives each paper its topic ids and collects the topics used. A listing category becomes
/// a topic named per the arXiv taxonomy with its code kept ("LG" → Machine Learning), unless
/// a taxonomy topic covers that category (<see cref="TaxonomyTopic.Categories"/>: "CV" →
/// Computer vision). An author keyword (BibTeX, RIS, CSL-JSON) is a topic too. The taxonomy
/// adds up to <see cref="TopicSettings.MaxPerPaper"/> topics on top, to papers with a category
/// or keywords as well, since "Machine Learning" alone says little about an ML paper.
/// </summary>
public sealed class TopicCatalogBuilder
{
    private readonly TopicAssigner _assigner;
    private readonly int _maxPerPaper;
    private readonly KeywordTopics _keywordTopics;
    private readonly Dictionary<string, string> _topicOfCategory = new(StringComparer.OrdinalIgnoreCase);
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Topic> _topics = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unknownCodes = new(StringComparer.OrdinalIgnoreCase);

    // Topics only keywords name, by id: each spelling ("optimal transport", "Optimal Transport") with how many papers use it.
    private readonly Dictionary<string, Dictionary<string, int>> _keywordSpellings = new(StringComparer.Ordinal);

    public TopicCatalogBuilder(TopicSettings settings, DiagnosticBag diagnostics)
    {
        var taxonomy = TopicTaxonomy.From(settings, diagnostics);
        // Every taxonomy match, strongest first: the ones a paper already has from its category
        // or keywords do not use up its MaxPerPaper.
        _assigner = new TopicAssigner(taxonomy, int.MaxValue);
        _maxPerPaper = settings.MaxPerPaper;
        _keywordTopics = new KeywordTopics(taxonomy);
        foreach (var topic in taxonomy)
            foreach (var code in topic.Categories)
                _topicOfCategory.TryAdd(code, topic.Name);
        _diagnostics = diagnostics;
    }

    /// <summary>The topics used; one a keyword alone names is shown as most papers spell it.</summary>
    public IReadOnlyDictionary<string, Topic> Topics =>
        _topics.ToDictionary(kv => kv.Key, kv => _keywordSpellings.TryGetValue(kv.Key, out var spellings)
            ? kv.Value with { Name = spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key }
            : kv.Value, StringComparer.Ordinal);

    /// <summary>
    /// Topic ids for every paper, in order. The taxonomy matching (most of the work) runs in
    /// parallel; topics are registered in paper order, so nothing depends on the threads.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> TopicIdsFor(IReadOnlyList<Paper> papers)
    {
        var matches = papers.AsParallel().AsOrdered().Select(p => _assigner.Assign(p.Title, p.Abstract)).ToList();
        return [.. papers.Select((p, i) => TopicIdsFor(p, matches[i]))];
    }

    /// <summary>Topic ids for one paper: its categories first, then its keywords, then taxonomy topics strongest first.</summary>
    public IReadOnlyList<string> TopicIdsFor(Paper paper) =>
        TopicIdsFor(paper, _assigner.Assign(paper.Title, paper.Abstract));

    private IReadOnlyList<string> TopicIdsFor(Paper paper, IReadOnlyList<TopicMatch> matches)
    {
        var ids = new List<string>();
        foreach (var code in paper.Categories)
            ids.Add(Register(CategoryName(code, paper), code));
        foreach (var keyword in paper.Bibliographic.Keywords)
            ids.AddRange(KeywordTopicIds(keyword));
        ids = ids.Distinct(StringComparer.Ordinal).ToList();
        var added = 0;
        foreach (var match in matches)
        {
            if (added == _maxPerPaper) break;
            var id = Register(match.Name, null);
            if (ids.Contains(id, StringComparer.Ordinal)) continue;
            ids.Add(id);
            added++;
        }
        return ids;
    }

    private string CategoryName(string code, Paper paper)
    {
        if (ArxivCategories.Resolve(code) is { } full)
            return _topicOfCategory.GetValueOrDefault(full) ?? ArxivCategories.Names[full];
        if (_unknownCodes.Add(code))
            _diagnostics.Info(paper.Sources[0], $"category '{code}' is not an arXiv category code; its topic is named '{code}'");
        return code;
    }

    /// <summary>
    /// A full arXiv code ("cs.LG", as arXiv feeds list a paper's categories) is a category; a
    /// taxonomy topic's name or phrase joins that topic; any other keyword is a topic of its own.
    /// Bare codes ("ML") are not read as categories here: as a keyword they are just words.
    /// </summary>
    private IEnumerable<string> KeywordTopicIds(string keyword)
    {
        var written = string.Join(' ', keyword.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (TextFolding.Key(written).Length == 0 || KeywordTopics.IsClassificationCode(written)) return [];
        if (ArxivCategories.Names.ContainsKey(written))
        {
            var full = ArxivCategories.Resolve(written)!;
            return [Register(_topicOfCategory.GetValueOrDefault(full) ?? ArxivCategories.Names[full], full)];
        }
        var taxonomy = _keywordTopics.TopicsFor(written);
        if (taxonomy.Count > 0) return taxonomy.Select(name => Register(name, null)).ToList();

        var id = Slugifier.Slugify(written, 60, "topic");
        if (_topics.ContainsKey(id) && !_keywordSpellings.ContainsKey(id)) return [id]; // a category or taxonomy topic's page
        _topics.TryAdd(id, new Topic { Id = id, Name = written });
        if (!_keywordSpellings.TryGetValue(id, out var spellings)) _keywordSpellings[id] = spellings = new(StringComparer.Ordinal);
        spellings[written] = spellings.GetValueOrDefault(written) + 1;
        return [id];
    }

    /// <summary>
    /// One topic per slug: a category and a taxonomy topic of the same name share a page (the
    /// category keeps its code), and their name wins over a keyword's spelling of it.
    /// </summary>
    private string Register(string name, string? code)
    {
        var id = Slugifier.Slugify(name, 60, "topic");
        if (_keywordSpellings.Remove(id) || !_topics.TryGetValue(id, out var existing))
            _topics[id] = new Topic { Id = id, Name = name, Code = code };
        else if (existing.Code is null && code is not null)
            _topics[id] = existing with { Code = code };
        return id;
    }
}
