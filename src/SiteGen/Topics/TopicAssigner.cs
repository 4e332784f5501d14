namespace SiteGen.Topics;

/// <summary>A taxonomy topic found in a paper, with the weight of the evidence.</summary>
public sealed record TopicMatch(string Name, int Score);

/// <summary>
/// Files a paper under taxonomy topics by phrase matches in its title and abstract. Built
/// once per taxonomy (phrases folded once), then used for every paper.
/// </summary>
/// <remarks>
/// Scoring: a phrase in the title says what the paper is about, so it counts
/// <see cref="TitleWeight"/>; each abstract mention counts 1, capped so that one long
/// abstract repeating a word cannot outweigh a title. A topic needs
/// <see cref="MinScore"/> (a title match or three abstract mentions: a single aside such as
/// "unlike large language models, ..." files nothing), and weak topics beside a strong one are
/// dropped (below a third of the best), keeping the strongest few; between equal scores, the
/// topic with more abstract mentions (counted past the cap) is the stronger.
/// </remarks>
public sealed class TopicAssigner
{
    public const int TitleWeight = 4;
    public const int AbstractCap = 6;
    public const int MinScore = 3;

    // Every phrase of the taxonomy once, longest first, with the topics it files under: the
    // longest match claims its words across all topics, so "causal graph" (Causality) keeps
    // "graph" from counting for Graphs, and "inductive bias" keeps "bias" from counting for fairness.
    private readonly List<(FoldedPhrase Phrase, int[] Topics)> _phrases;
    private readonly string[] _names;
    private readonly int _maxPerPaper;

    // Phrases by the forms of their first word: a text is scanned once, word by word, instead of once per phrase.
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.Ordinal);

    public TopicAssigner(IReadOnlyList<TaxonomyTopic> taxonomy, int maxPerPaper)
    {
        _names = taxonomy.Select(t => t.Name).ToArray();
        _phrases = taxonomy
            .SelectMany((t, i) => t.Phrases.Select(p => (Phrase: FoldedPhrase.Of(p), Topic: i)))
            .Where(x => x.Phrase.Words.Length > 0)
            .GroupBy(x => x.Phrase.Text, StringComparer.Ordinal)
            .Select(g => (g.First().Phrase, Topics: g.Select(x => x.Topic).Distinct().ToArray()))
            .OrderByDescending(p => p.Phrase.Words.Length)
            .ThenBy(p => p.Phrase.Text, StringComparer.Ordinal)
            .ToList();
        _maxPerPaper = maxPerPaper;
        for (var i = 0; i < _phrases.Count; i++)
        {
            foreach (var form in _phrases[i].Phrase.FirstWordForms)
            {
                if (!_byFirstWord.TryGetValue(form, out var list)) _byFirstWord[form] = list = [];
                list.Add(i);
            }
        }
    }

    public IReadOnlyList<TopicMatch> Assign(string title, string abstractText)
    {
        var inTitle = Count(TextWords.Split(title));
        var inAbstract = Count(TextWords.Split(abstractText));
        var scored = new List<(TopicMatch Match, int Mentions)>();
        for (var t = 0; t < _names.Length; t++)
        {
            var score = TitleWeight * inTitle[t] + Math.Min(AbstractCap, inAbstract[t]);
            if (score >= MinScore) scored.Add((new TopicMatch(_names[t], score), inAbstract[t]));
        }
        if (scored.Count == 0) return [];

        var best = scored.Max(m => m.Match.Score);
        return scored
            .Where(m => m.Match.Score * 3 >= best)
            .OrderByDescending(m => m.Match.Score)
            .ThenByDescending(m => m.Mentions) // a tie goes to what the abstract keeps coming back to, past the cap
            .ThenBy(m => m.Match.Name, StringComparer.Ordinal)
            .Take(_maxPerPaper)
            .Select(m => m.Match)
            .ToList();
    }

    /// <summary>Phrase occurrences per topic, each word counted for the longest phrase that covers it.</summary>
    private int[] Count(TextWord[] words)
    {
        var matches = new List<(int Phrase, int Start)>();
        for (var start = 0; start < words.Length; start++)
        {
            if (!_byFirstWord.TryGetValue(words[start].Folded, out var candidates)) continue;
            foreach (var p in candidates)
                if (_phrases[p].Phrase.MatchesAt(words, start)) matches.Add((p, start));
        }
        // Phrases are numbered longest first, so this order lets longer phrases claim their words first.
        matches.Sort();

        var counts = new int[_names.Length];
        var claimed = new HashSet<int>();
        foreach (var (p, start) in matches)
        {
            var length = _phrases[p].Phrase.Words.Length;
            if (Claimed(claimed, start, length)) continue;
            for (var i = 0; i < length; i++) claimed.Add(start + i);
            foreach (var t in _phrases[p].Topics) counts[t]++;
        }
        return counts;
    }

    private static bool Claimed(HashSet<int> claimed, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (claimed.Contains(i)) return true;
        return false;
    }
}
