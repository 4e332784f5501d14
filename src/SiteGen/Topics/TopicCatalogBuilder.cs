using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Topics;

/// <summary>
/// Gives each paper its topic ids and collects the topics used. A listing category becomes
/// a topic named per the arXiv taxonomy with its code kept ("LG" → Machine Learning); the
/// taxonomy adds up to <see cref="TopicSettings.MaxPerPaper"/> topics on top, to papers with
/// a category as well, since "Machine Learning" alone says little about an ML paper.
/// </summary>
public sealed class TopicCatalogBuilder
{
    private readonly TopicAssigner _assigner;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Topic> _topics = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unknownCodes = new(StringComparer.OrdinalIgnoreCase);

    public TopicCatalogBuilder(TopicSettings settings, DiagnosticBag diagnostics)
    {
        _assigner = new TopicAssigner(TopicTaxonomy.From(settings, diagnostics), settings.MaxPerPaper);
        _diagnostics = diagnostics;
    }

    public IReadOnlyDictionary<string, Topic> Topics => _topics;

    /// <summary>Topic ids for one paper: its categories first, then taxonomy topics strongest first.</summary>
    public IReadOnlyList<string> TopicIdsFor(Paper paper, IReadOnlyList<string> categories)
    {
        var ids = new List<string>();
        foreach (var code in categories)
        {
            ids.Add(Register(CategoryName(code, paper), code));
        }
        foreach (var match in _assigner.Assign(paper.Title, paper.Abstract))
            ids.Add(Register(match.Name, null));
        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    private string CategoryName(string code, Paper paper)
    {
        if (ArxivCategories.NameOf(code) is { } name) return name;
        if (_unknownCodes.Add(code))
            _diagnostics.Info(paper.Sources[0], $"category '{code}' is not an arXiv category code; its topic is named '{code}'");
        return code;
    }

    /// <summary>One topic per slug: a category and a taxonomy topic of the same name share a page (the category keeps its code).</summary>
    private string Register(string name, string? code)
    {
        var id = Slugifier.Slugify(name, 60, "topic");
        if (!_topics.TryGetValue(id, out var existing))
            _topics[id] = new Topic { Id = id, Name = name, Code = code };
        else if (existing.Code is null && code is not null)
            _topics[id] = existing with { Code = code };
        return id;
    }
}
