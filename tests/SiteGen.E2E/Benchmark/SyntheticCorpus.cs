using System.Globalization;
using System.Text;
using SiteGen.Search;

namespace SiteGen.E2E.Benchmark;

/// <summary>
/// A seeded synthetic corpus with realistic shapes: titles of ~10 words and abstracts of ~180 drawn from a
/// Zipf-distributed vocabulary (real English function words at the top, made-up words below),
/// 4–6 authors from a pool of 20,000 names, one or two of 40 topics, dates over 25 years.
/// With <c>otherScripts</c> &gt; 0 (issue 20's mixed corpus), that share of the papers is written in Chinese or
/// Japanese (half each: a Zipf vocabulary of 1–4 character words over 3,000 ideographs, Japanese with kana
/// particles and katakana words), with Chinese, Japanese, Russian, Greek and Arabic names, and one Latin-script
/// paper's author in ten is a Russian, Greek or Arabic name; the other papers are drawn as without it.
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

    private readonly double _otherScripts;
    private readonly Random _scripts;
    private readonly string[] _eastAsianWords = [];
    private readonly double[] _eastAsianCumulative = [];
    private readonly string[] _otherNames = [];

    public SyntheticCorpus(int seed, int vocabularySize = 60_000, int namePool = 20_000, double otherScripts = 0)
    {
        _otherScripts = otherScripts;
        _scripts = new Random(seed + 1);
        if (otherScripts > 0) (_eastAsianWords, _eastAsianCumulative, _otherNames) = EastAsianVocabulary(_scripts);
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
            if (_otherScripts > 0 && _scripts.NextDouble() < _otherScripts)
            {
                docs.Add(EastAsianDocument(i, japanese: _scripts.Next(2) == 0));
                continue;
            }
            var title = Capital(Words(_random.Next(6, 15)));
            var authors = Enumerable.Range(0, _random.Next(4, 7)).Select(_ => _names[Skewed(_names.Length)]).Distinct().ToList();
            if (_otherScripts > 0)
                for (var a = 0; a < authors.Count; a++)
                    if (_scripts.Next(10) == 0) authors[a] = _otherNames[_scripts.Next(_otherNames.Length / 2)]; // the Cyrillic, Greek, Arabic half
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
                abstractText,
                Spellings(authors)));
        }
        return docs;
    }

    /// <summary>Whether a document of <see cref="Documents"/> is one of the Chinese or Japanese ones.</summary>
    public static bool IsEastAsian(SearchDocument d) => d.Title.Length > 0 && SiteGen.Text.EastAsianScripts.IsPaired(char.ConvertToUtf32(d.Title, 0));

    // As SearchDocuments makes them.
    private static List<string>? Spellings(IEnumerable<string> authors)
    {
        var latin = authors.Select(SiteGen.Text.LatinSpelling.OfOtherScript).OfType<string>().ToList();
        return latin.Count == 0 ? null : latin;
    }

    private SearchDocument EastAsianDocument(int i, bool japanese)
    {
        var title = EastAsianText(_scripts.Next(5, 10), japanese, sentence: false);
        var sb = new StringBuilder();
        var length = _scripts.Next(180, 320);
        while (sb.Length < length) sb.Append(EastAsianText(_scripts.Next(8, 20), japanese, sentence: true));
        var names = _otherNames.Length / 2;
        var authors = Enumerable.Range(0, _scripts.Next(3, 6)).Select(_ => _otherNames[names + _scripts.Next(names)]).Distinct().ToList();
        var year = 2000 + Skewed(26, fromEnd: true);
        var date = new DateOnly(year, 1, 1).AddDays(_scripts.Next(365));
        var topic = Skewed(_topics.Length);
        return new SearchDocument(
            $"papers/paper-{i.ToString(CultureInfo.InvariantCulture)}/index.html", title, authors,
            ["topic-" + topic.ToString(CultureInfo.InvariantCulture)], [_topics[topic]], year,
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sb.ToString(), Spellings(authors));
    }

    private static readonly string[] Particles = ["の", "に", "を", "は", "が", "で", "と", "による", "について", "として", "における"];

    private string EastAsianText(int words, bool japanese, bool sentence)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var i = Array.BinarySearch(_eastAsianCumulative, _scripts.NextDouble());
            sb.Append(_eastAsianWords[Math.Min(i < 0 ? ~i : i, _eastAsianWords.Length - 1)]);
            if (japanese && _scripts.Next(3) == 0) sb.Append(Particles[_scripts.Next(Particles.Length)]);
            if (sentence && w + 1 < words && _scripts.Next(6) == 0) sb.Append(japanese ? '、' : '，');
        }
        if (sentence) sb.Append('。');
        return sb.ToString();
    }

    private static readonly string[] Russian = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов", "Петров", "Волков", "Соловьёв"];
    private static readonly string[] RussianGiven = ["Сергей", "Анна", "Дмитрий", "Елена", "Алексей", "Ольга", "Юлия", "Андрей", "Мария", "Иван"];
    private static readonly string[] Greek = ["Παπαδόπουλος", "Γεωργίου", "Οικονόμου", "Νικολάου", "Δημητρίου", "Ιωάννου", "Βασιλείου", "Αθανασίου"];
    private static readonly string[] GreekGiven = ["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Ευάγγελος", "Κατερίνα", "Δημήτρης"];
    private static readonly string[] Arabic = ["محمد", "أحمد", "علي", "حسن", "خالد", "يوسف", "عمر", "سامي"];
    private static readonly string[] ArabicFamily = ["العلي", "الحسن", "الخطيب", "النجار", "الحداد", "المصري"];
    private static readonly string[] Chinese = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"];
    private static readonly string[] Japanese = ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"];
    private static readonly string[] JapaneseGiven = ["太郎", "花子", "翔", "陽菜", "健一", "美咲", "大輔", "さくら"];

    /// <summary>
    /// 30,000 Chinese words (one to four of 3,000 ideographs, themselves Zipf-distributed) and katakana
    /// loanwords, Zipf-distributed; 4,000 names, the first half Russian, Greek and Arabic, the second Chinese,
    /// Japanese and the same others.
    /// </summary>
    private static (string[] Words, double[] Cumulative, string[] Names) EastAsianVocabulary(Random random)
    {
        var characters = Enumerable.Range(0, 3_000).Select(_ => char.ConvertFromUtf32(0x4E00 + random.Next(0x5000))).Distinct().ToArray();
        string Character() => characters[(int)(characters.Length * Math.Pow(random.NextDouble(), 2.5))];
        const string Katakana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
        var words = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        while (list.Count < 30_000)
        {
            var kind = random.Next(20);
            var w = kind == 0
                ? string.Concat(Enumerable.Range(0, random.Next(3, 7)).Select(_ => Katakana[random.Next(Katakana.Length)])) + (random.Next(3) == 0 ? "ー" : "")
                : string.Concat(Enumerable.Range(0, kind < 4 ? 1 : kind < 16 ? 2 : random.Next(3, 5)).Select(_ => Character()));
            if (words.Add(w)) list.Add(w);
        }
        var cumulative = new double[list.Count];
        var sum = 0.0;
        for (var r = 0; r < list.Count; r++) cumulative[r] = sum += 1.0 / (r + 1);
        for (var r = 0; r < list.Count; r++) cumulative[r] /= sum;

        string Pick(string[] from) => from[random.Next(from.Length)];
        string Other() => random.Next(3) switch
        {
            0 => Pick(RussianGiven) + " " + Pick(Russian),
            1 => Pick(GreekGiven) + " " + Pick(Greek),
            _ => Pick(Arabic) + " " + Pick(ArabicFamily),
        };
        var names = Enumerable.Range(0, 2_000).Select(_ => Other())
            .Concat(Enumerable.Range(0, 2_000).Select(_ => random.Next(4) switch
            {
                0 or 1 => Pick(Chinese) + Character() + (random.Next(2) == 0 ? Character() : ""),
                2 => Pick(Japanese) + Pick(JapaneseGiven),
                _ => Other(),
            })).ToArray();
        return ([.. list], cumulative, names);
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
