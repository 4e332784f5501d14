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
/// <see cref="MinScore"/> (a title match or two abstract mentions), and weak topics beside a
/// strong one are dropped (below a third of the best), keeping the strongest few.
/// </remarks>
public sealed class TopicAssigner
{
    public const int TitleWeight = 4;
    public const int AbstractCap = 4;
    public const int MinScore = 2;

    private readonly List<(string Name, string[][] Phrases)> _topics;
    private readonly int _maxPerPaper;

    public TopicAssigner(IReadOnlyList<TaxonomyTopic> taxonomy, int maxPerPaper)
    {
        // Longest phrases first: "large language model" claims its words before "language model" does.
        _topics = taxonomy
            .Select(t => (t.Name, t.Phrases.Select(FoldedWords.Phrase).Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToArray()))
            .ToList();
        _maxPerPaper = maxPerPaper;
    }

    public IReadOnlyList<TopicMatch> Assign(string title, string abstractText)
    {
        var titleWords = new FoldedWords(title);
        var abstractWords = new FoldedWords(abstractText);
        var scored = new List<TopicMatch>();
        foreach (var (name, phrases) in _topics)
        {
            var score = TitleWeight * Count(titleWords, phrases) + Math.Min(AbstractCap, Count(abstractWords, phrases));
            if (score >= MinScore) scored.Add(new TopicMatch(name, score));
        }
        if (scored.Count == 0) return [];

        var best = scored.Max(m => m.Score);
        return scored
            .Where(m => m.Score * 3 >= best)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .Take(_maxPerPaper)
            .ToList();
    }

    /// <summary>Phrase occurrences that do not overlap a longer phrase of the same topic.</summary>
    private static int Count(FoldedWords words, string[][] phrases)
    {
        var claimed = new HashSet<int>();
        var count = 0;
        foreach (var phrase in phrases)
        {
            foreach (var start in words.Find(phrase))
            {
                if (Enumerable.Range(start, phrase.Length).Any(claimed.Contains)) continue;
                for (var i = 0; i < phrase.Length; i++) claimed.Add(start + i);
                count++;
            }
        }
        return count;
    }
}
