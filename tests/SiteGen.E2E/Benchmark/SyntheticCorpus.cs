using System.Globalization;
using System.Text;
using SiteGen.Search;

namespace SiteGen.E2E.Benchmark;

/// <summary>
/// A seeded synthetic corpus with realistic shapes: titles of ~10 words and abstracts of ~180 drawn from a
/// Zipf-distributed vocabulary (real English function words at the top, made-up words below),
/// 4–6 authors from a pool of 20,000 names, one or two of 40 topics, dates over 25 years.
/// </summary>
internal sealed class SyntheticCorpus
{
    private static readonly string[] FunctionWords =
    [
        "the", "of", "and", "a", "to", "in", "is", "we", "for", "that", "this", "with", "on", "by", "as", "are",
        "our", "from", "be", "an", "which", "it", "can", "or", "at", "these", "has", "have", "its", "their",
    ];

    private static readonly string[] Syllables =
    [
        "ba", "re", "ti", "on", "mo", "del", "ne", "ur", "al", "ge", "ra", "tion", "com", "pu", "ter", "vi", "sion",
        "lan", "gu", "age", "lear", "ning", "da", "ta", "op", "ti", "mi", "za", "graph", "net", "work", "in", "fer",
        "ence", "sam", "ple", "trans", "for", "mer", "ro", "bust", "gen", "er", "at", "ive", "sta", "tis", "tic", "cal",
    ];

    private readonly Random _random;
    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;
    private readonly string[] _names;
    private readonly string[] _topics;
    private readonly Dictionary<string, int> _rank;

    public SyntheticCorpus(int seed, int vocabularySize = 60_000, int namePool = 20_000)
    {
        _random = new Random(seed);
        var words = new HashSet<string>(FunctionWords, StringComparer.Ordinal);
        var list = new List<string>(FunctionWords);
        while (list.Count < vocabularySize)
        {
            var w = Word(_random.Next(1, 5));
            if (w.Length >= 3 && words.Add(w)) list.Add(w);
        }
        _vocabulary = [.. list];
        _rank = list.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        _cumulative = new double[_vocabulary.Length];
        var sum = 0.0;
        for (var r = 0; r < _vocabulary.Length; r++) _cumulative[r] = sum += 1.0 / Math.Pow(r + 1, 1.0);
        for (var r = 0; r < _cumulative.Length; r++) _cumulative[r] /= sum;
        _names = [.. Enumerable.Range(0, namePool).Select(_ => Capital(Word(_random.Next(1, 3))) + " " + Capital(Word(_random.Next(2, 4))))];
        _topics = [.. Enumerable.Range(0, 40).Select(i => Capital(Word(2)) + " " + Capital(Word(_random.Next(2, 4))))];
    }

    /// <summary>Every word, name and topic the corpus draws its text from: its documents' terms are theirs.</summary>
    public IEnumerable<string> Vocabulary => _vocabulary.Concat(_names).Concat(_topics);

    /// <summary>Zipf rank of a generated word (0 = most frequent), to pick query terms of known frequency.</summary>
    public int RankOf(string word) => _rank.TryGetValue(word.ToLowerInvariant(), out var r) ? r : int.MaxValue;

    public IReadOnlyList<SearchDocument> Documents(int count)
    {
        var docs = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var title = Capital(Words(_random.Next(6, 15)));
            var authors = Enumerable.Range(0, _random.Next(4, 7)).Select(_ => _names[Skewed(_names.Length)]).Distinct().ToList();
            var topicIndexes = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Skewed(_topics.Length)).Distinct().ToList();
            var year = 2000 + Skewed(26, fromEnd: true);
            var date = new DateOnly(year, 1, 1).AddDays(_random.Next(365));
            var abstractText = Abstract(_random.Next(140, 221));
            docs.Add(new SearchDocument(
                $"papers/{Slug(title)}-{i.ToString(CultureInfo.InvariantCulture)}/index.html",
                title,
                authors,
                [.. topicIndexes.Select(t => "topic-" + t.ToString(CultureInfo.InvariantCulture))],
                [.. topicIndexes.Select(t => _topics[t])],
                year,
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                abstractText));
        }
        return docs;
    }

    private string Abstract(int words)
    {
        var sb = new StringBuilder();
        while (words > 0)
        {
            var n = Math.Min(words, _random.Next(12, 30));
            sb.Append(Capital(Words(n))).Append(". ");
            words -= n;
        }
        return sb.ToString().TrimEnd();
    }

    private string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => _vocabulary[Zipf()]));

    private int Zipf()
    {
        var i = Array.BinarySearch(_cumulative, _random.NextDouble());
        return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
    }

    // More weight on low indexes (or the last ones): popular authors, big topics, recent years.
    private int Skewed(int n, bool fromEnd = false)
    {
        var i = (int)(n * Math.Pow(_random.NextDouble(), 2));
        return fromEnd ? n - 1 - i : i;
    }

    private string Word(int syllables) => string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[_random.Next(Syllables.Length)]));

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Slug(string title) => string.Join('-', title.ToLowerInvariant().Split(' ').Take(6));
}
