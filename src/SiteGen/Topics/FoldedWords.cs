using SiteGen.Text;

namespace SiteGen.Topics;

/// <summary>A taxonomy phrase in folded words, with the forms its first word may take in a text.</summary>
internal sealed record FoldedPhrase(string[] Words, string[] FirstWordForms)
{
    /// <summary>Phrase text in the same folded-word form the texts use; a first word may add a plural "s"/"es".</summary>
    public static FoldedPhrase Of(string phrase)
    {
        var words = FoldedWords.Split(phrase);
        return new FoldedPhrase(words, words.Length == 0 ? [] : [words[0], words[0] + "s", words[0] + "es"]);
    }

    public string Text => string.Join(' ', Words);

    /// <summary>
    /// Whether the phrase's later words follow <paramref name="start"/> in <paramref name="text"/>
    /// (the first word was matched by lookup). A text word may add a plural "s"/"es", nothing else.
    /// </summary>
    public bool MatchesAt(string[] text, int start)
    {
        if (start + Words.Length > text.Length) return false;
        for (var k = 1; k < Words.Length; k++)
            if (!SameWord(Words[k], text[start + k])) return false;
        return true;
    }

    private static bool SameWord(string phraseWord, string textWord) =>
        textWord.Length == phraseWord.Length
            ? textWord == phraseWord
            : textWord.StartsWith(phraseWord, StringComparison.Ordinal)
              && textWord.AsSpan(phraseWord.Length) is "s" or "es";
}

/// <summary>Text reduced to folded words (<see cref="TextFolding.Key"/>): case, accents and punctuation gone, hyphens split.</summary>
internal static class FoldedWords
{
    public static string[] Split(string text) => TextFolding.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
