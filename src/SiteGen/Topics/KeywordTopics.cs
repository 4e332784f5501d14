using System.Text.RegularExpressions;

namespace SiteGen.Topics;

/// <summary>
/// Which taxonomy topics an author keyword stands for: a keyword that is a topic's name or one
/// of its phrases (folded, either side may be plural: "Diffusion Models", "LLMs") joins that
/// topic instead of making a near-twin of it. Case is ignored: a keyword is a label someone
/// chose, not running text where "BRAIn" and "brain" must be told apart.
/// </summary>
internal sealed partial class KeywordTopics
{
    private readonly List<(TextWord[] Words, string Topic)> _names;
    private readonly List<(TextWord[] Words, string Topic)> _phrases;

    // Keywords repeat across a bibliography: each is matched against the taxonomy once.
    private readonly Dictionary<string, IReadOnlyList<string>> _seen = new(StringComparer.Ordinal);

    public KeywordTopics(IReadOnlyList<TaxonomyTopic> taxonomy)
    {
        _names = taxonomy.Select(t => (TextWords.SplitPhrase(t.Name), t.Name)).ToList();
        _phrases = taxonomy.SelectMany(t => t.Phrases.Select(p => (TextWords.SplitPhrase(p), t.Name))).ToList();
    }

    /// <summary>Taxonomy topic names for <paramref name="keyword"/>: the topic it names, else every topic listing it as a phrase; empty when none.</summary>
    public IReadOnlyList<string> TopicsFor(string keyword)
    {
        var words = TextWords.SplitPhrase(keyword);
        var key = string.Join(' ', words.Select(w => w.Folded));
        if (_seen.TryGetValue(key, out var known)) return known;

        IReadOnlyList<string> topics = _names.Where(n => SameWords(words, n.Words)).Select(n => n.Topic).ToList();
        if (topics.Count == 0)
            topics = _phrases.Where(p => SameWords(words, p.Words)).Select(p => p.Topic).Distinct(StringComparer.Ordinal).ToList();
        _seen[key] = topics;
        return topics;
    }

    /// <summary>
    /// ACM ("I.2.6") and MSC ("68T05") classes, which arXiv feeds list among a paper's
    /// categories: codes for a classification scheme, not topics a reader would browse.
    /// </summary>
    public static bool IsClassificationCode(string keyword) => ClassificationCode().IsMatch(keyword.Trim());

    [GeneratedRegex(@"^([A-K](\.([0-9]+|m))+|[0-9]{2}[A-Z-]([0-9]{2}|xx))$", RegexOptions.CultureInvariant)]
    private static partial Regex ClassificationCode();

    private static bool SameWords(TextWord[] a, TextWord[] b)
    {
        if (a.Length != b.Length || a.Length == 0) return false;
        for (var i = 0; i < a.Length; i++)
            if (!TextWord.SameOrPlural(a[i].Folded, b[i].Folded) && !TextWord.SameOrPlural(b[i].Folded, a[i].Folded)) return false;
        return true;
    }
}
