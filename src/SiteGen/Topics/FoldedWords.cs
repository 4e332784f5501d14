using SiteGen.Text;

namespace SiteGen.Topics;

/// <summary>A taxonomy phrase in folded words, with the forms its first word may take in a text.</summary>
internal sealed record FoldedPhrase(string[] Words, string[] FirstWordForms)
{
    /// <summary>Phrase text in the same folded-word form the texts use; a first word may add a plural "s"/"es".</summary>
    public static FoldedPhrase Of(string phrase)
    {
        var words = TextFolding.Key(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new FoldedPhrase(words, words.Length == 0 ? [] : [words[0], words[0] + "s", words[0] + "es"]);
    }

    public string Text => string.Join(' ', Words);
}

/// <summary>
/// Text reduced to folded words (<see cref="TextFolding.Key"/>) with an index by word, so
/// that many phrases can be looked up in one text without rescanning it per phrase.
/// </summary>
internal sealed class FoldedWords
{
    private readonly string[] _words;
    private readonly Dictionary<string, List<int>> _positions = new(StringComparer.Ordinal);

    public FoldedWords(string text)
    {
        _words = TextFolding.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < _words.Length; i++)
        {
            if (!_positions.TryGetValue(_words[i], out var list)) _positions[_words[i]] = list = [];
            list.Add(i);
        }
    }

    /// <summary>
    /// Start positions where <paramref name="phrase"/> occurs as whole words. A text word may add
    /// a plural "s"/"es" to a phrase word ("language models", "LLMs"), nothing else.
    /// </summary>
    public IEnumerable<int> Find(FoldedPhrase phrase)
    {
        foreach (var form in phrase.FirstWordForms)
        {
            if (!_positions.TryGetValue(form, out var starts)) continue;
            foreach (var start in starts)
                if (RestMatches(phrase.Words, start)) yield return start;
        }
    }

    private bool RestMatches(string[] phrase, int start)
    {
        if (start + phrase.Length > _words.Length) return false;
        for (var k = 1; k < phrase.Length; k++)
            if (!SameWord(phrase[k], _words[start + k])) return false;
        return true;
    }

    private static bool SameWord(string phraseWord, string textWord) =>
        textWord.Length == phraseWord.Length
            ? textWord == phraseWord
            : textWord.StartsWith(phraseWord, StringComparison.Ordinal)
              && textWord.AsSpan(phraseWord.Length) is "s" or "es";
}
