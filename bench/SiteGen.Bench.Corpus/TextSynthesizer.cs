using System.Text;
using SiteGen.Text;

namespace SiteGen.Bench.Corpus;

/// <summary>
/// Titles and abstracts that read like the shipped ones: abstracts come from a word-bigram
/// chain trained on the shipped abstracts (so they carry the same URLs, LaTeX fragments and
/// punctuation), titles from the shipped title vocabulary at the shipped lengths. Titles are
/// unique after folding, so each generated paper is one paper after merging.
/// </summary>
internal sealed class TextSynthesizer
{
    private readonly ShippedProfile _profile;
    private readonly Dictionary<string, List<string>> _next = new(StringComparer.Ordinal);
    private readonly List<string> _starts = [];
    private readonly HashSet<string> _titleKeys = new(StringComparer.Ordinal);
    private readonly string[] _acronyms;
    private readonly string[] _plainTitleWords;
    private readonly string[] _contentTitleWords;

    /// <summary>Words title case leaves in lower case.</summary>
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "with", "via", "by", "at", "from", "as", "is", "are", "its", "into", "without",
    };

    public TextSynthesizer(ShippedProfile profile)
    {
        _profile = profile;
        foreach (var text in profile.Abstracts)
        {
            var words = ShippedProfile.Words(text);
            for (var i = 0; i < words.Length; i++)
            {
                if (i == 0 || words[i - 1].EndsWith('.')) _starts.Add(words[i]);
                if (i + 1 < words.Length) Successors(words[i]).Add(words[i + 1]);
            }
        }
        _acronyms = profile.TitleWords.Where(w => w.Length >= 3 && w.Count(char.IsUpper) >= 2 && !w.EndsWith(':') && !w.EndsWith('?'))
            .Distinct(StringComparer.Ordinal).ToArray();
        _plainTitleWords = profile.TitleWords.Where(w => !w.EndsWith(':') && !w.EndsWith('?')).ToArray();
        _contentTitleWords = _plainTitleWords.Where(w => w.Length >= 4 && !SmallWords.Contains(w.ToLowerInvariant())).ToArray();
    }

    private List<string> Successors(string word)
    {
        if (!_next.TryGetValue(word, out var list)) _next[word] = list = [];
        return list;
    }

    public string Title(Random random)
    {
        while (true)
        {
            var length = Math.Max(2, Pick(_profile.TitleWordCounts, random));
            var words = new List<string>(length + 1);
            // A third of real titles lead with a name for the method ("MAIRA-Seg: ...").
            if (_acronyms.Length > 0 && random.NextDouble() < 0.3) words.Add(Pick(_acronyms, random) + ":");
            while (words.Count < length - 1) words.Add(Pick(_plainTitleWords, random));
            // Titles end in a content word ("...in LLMs", "PointNet"), never in "for" or "of".
            words.Add(Pick(_contentTitleWords, random));
            for (var i = 0; i < words.Count; i++)
                words[i] = i > 0 && SmallWords.Contains(words[i].ToLowerInvariant())
                    ? words[i].ToLowerInvariant()
                    : char.ToUpperInvariant(words[i][0]) + words[i][1..];
            if (random.NextDouble() < 0.05) words[^1] += "?";
            var title = string.Join(' ', words);
            if (_titleKeys.Add(TextFolding.Key(title))) return title;
        }
    }

    /// <summary>An abstract of a shipped length that mentions the title's last word, as real abstracts name their method.</summary>
    public string Abstract(string title, Random random, double scale = 1)
    {
        var target = Pick(_profile.AbstractWordCounts, random);
        if (scale != 1) target = Math.Max(12, (int)Math.Round(target * scale));
        var sb = new StringBuilder(target * 8);
        sb.Append("We study ").Append(title.TrimEnd('?')).Append('.');
        var count = 2 + title.Split(' ').Length;
        var word = Pick(_starts, random);
        while (count < target || !word.EndsWith('.'))
        {
            sb.Append(' ').Append(word);
            count++;
            if (count > target * 2) { sb.Append('.'); break; }
            word = _next.TryGetValue(word, out var next) && next.Count > 0 ? Pick(next, random) : Pick(_starts, random);
        }
        if (word.EndsWith('.')) sb.Append(' ').Append(word);
        return sb.ToString();
    }

    public static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
