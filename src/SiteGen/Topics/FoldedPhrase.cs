namespace SiteGen.Topics;

/// <summary>A taxonomy phrase in words (see <see cref="TextWords"/>), with the folded forms its first word may take in a text.</summary>
internal sealed record FoldedPhrase(TextWord[] Words, string[] FirstWordForms)
{
    /// <summary>Phrase text in the same word form the texts use; a first word may add a plural "s"/"es".</summary>
    public static FoldedPhrase Of(string phrase)
    {
        var words = TextWords.SplitPhrase(phrase);
        return new FoldedPhrase(words, words.Length == 0 ? [] : [words[0].Folded, words[0].Folded + "s", words[0].Folded + "es"]);
    }

    /// <summary>The phrase as written, words joined by single spaces: phrases that only differ in punctuation are one phrase.</summary>
    public string Text => string.Join(' ', Words.Select(w => w.Written));

    /// <summary>
    /// Whether the phrase's words are the words of <paramref name="text"/> from <paramref name="start"/>
    /// (the first word's folded form was found by lookup; its case is checked here).
    /// </summary>
    public bool MatchesAt(TextWord[] text, int start)
    {
        if (start + Words.Length > text.Length) return false;
        for (var k = 0; k < Words.Length; k++)
            if (!text[start + k].Matches(Words[k])) return false;
        return true;
    }
}
