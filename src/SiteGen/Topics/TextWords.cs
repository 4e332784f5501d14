using System.Globalization;
using System.Text;
using SiteGen.Text;

namespace SiteGen.Topics;

/// <summary>What a word's capitals say about it.</summary>
internal enum WordCase
{
    /// <summary>Lower case or Capitalised ("brain", "Brain"): an ordinary word, matched ignoring case.</summary>
    Plain,

    /// <summary>Capitals after the first letter ("BRAIn", "LoRA", "CLIP", "LLMs"): a name or acronym, matched only as written.</summary>
    Marked,

    /// <summary>A word of a text written mostly in capitals, where capitals say nothing: matched ignoring case.</summary>
    Unknown,
}

/// <summary>A word of a title, abstract or phrase: folded (<see cref="TextFolding.Key"/>) and as written, with what its case says.</summary>
internal readonly record struct TextWord(string Folded, string Written, WordCase Case)
{
    /// <summary>
    /// Whether this text word is <paramref name="phrase"/>'s word, perhaps with a plural "s"/"es".
    /// A name or acronym on either side must be spelt the same way on the other, so the title
    /// word "BRAIn" is not the phrase "brain" and the phrase "CLIP" is not "video clips";
    /// ordinary words match ignoring case and accents.
    /// </summary>
    public bool Matches(TextWord phrase)
    {
        if (Case == WordCase.Unknown || (Case == WordCase.Plain && phrase.Case == WordCase.Plain)) return SameOrPlural(Folded, phrase.Folded);
        return Case == WordCase.Marked && phrase.Case == WordCase.Marked && SameOrPlural(Written, phrase.Written);
    }

    /// <summary>The same word, or <paramref name="phraseWord"/> with a plural "s"/"es".</summary>
    internal static bool SameOrPlural(string textWord, string phraseWord) =>
        textWord.Length == phraseWord.Length
            ? textWord == phraseWord
            : textWord.StartsWith(phraseWord, StringComparison.Ordinal) && textWord.AsSpan(phraseWord.Length) is "s" or "es";
}

/// <summary>
/// Splits text into <see cref="TextWord"/>s at every character that is not a letter or digit,
/// as <see cref="TextFolding.Key"/> does (so "in-context" is "in context"), keeping each word's case.
/// </summary>
internal static class TextWords
{
    /// <summary>Words of a title or abstract. In a text written mostly in capitals, case is no evidence, so no word is <see cref="WordCase.Marked"/>.</summary>
    public static TextWord[] Split(string text)
    {
        var words = Words(text, out var shouting);
        if (!shouting) return words;
        for (var i = 0; i < words.Length; i++) words[i] = words[i] with { Case = WordCase.Unknown };
        return words;
    }

    /// <summary>Words of a taxonomy phrase, taken as written: "LoRA" is an acronym, "brain" a plain word.</summary>
    public static TextWord[] SplitPhrase(string phrase) => Words(phrase, out _);

    /// <param name="shouting">Most words of two letters or more have no lower-case letter.</param>
    private static TextWord[] Words(string text, out bool shouting)
    {
        var words = new List<TextWord>(text.Length / 6);
        var longWords = 0;
        var capitalised = 0;
        // Most text is ASCII: lower-case it once (vectorised) and cut the words from that, as TextFolding.Key does.
        var lower = Ascii.IsValid(text) ? text.ToLowerInvariant() : null;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (lower is null ? IsWordChar(text[i]) : char.IsAsciiLetterOrDigit(text[i]));
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                var shape = Shape.Of(word);
                if (lower is null) AddFolded(words, word, shape);
                else words.Add(shape.Marked ? new TextWord(lower.Substring(start, i - start), new string(word), WordCase.Marked) : Plain(lower.Substring(start, i - start)));
                if (word.Length >= 2 && shape.HasLetter)
                {
                    longWords++;
                    if (!shape.HasLower) capitalised++;
                }
                start = -1;
            }
        }
        shouting = capitalised * 2 > longWords;
        return words.ToArray();
    }

    private static TextWord Plain(string folded) => new(folded, folded, WordCase.Plain);

    // Combining marks belong to the word they decorate ("e" + U+0301), as TextFolding drops them before splitting.
    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c)
        || (c >= 0x80 && (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark));

    /// <summary>A word with letters beyond ASCII: folded as <see cref="TextFolding.Key"/> folds it ("Schöne" → "schone").</summary>
    private static void AddFolded(List<TextWord> words, ReadOnlySpan<char> word, Shape shape)
    {
        // Folding may drop a character that is no letter once unaccented; whatever is left counts as words.
        var written = new string(word);
        var parts = TextFolding.Key(written).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && shape.Marked) words.Add(new TextWord(parts[0], WithoutMarks(written), WordCase.Marked));
        else foreach (var p in parts) words.Add(Plain(p));
    }

    /// <summary>What one pass over a word finds.</summary>
    /// <param name="Marked">A capital after the word's first letter: "LoRA", "CLIP", "iReason", but not "Brain" or "3D".</param>
    private readonly record struct Shape(bool Marked, bool HasLetter, bool HasLower)
    {
        public static Shape Of(ReadOnlySpan<char> word)
        {
            bool marked = false, letter = false, lower = false;
            foreach (var c in word)
            {
                if (char.IsAsciiLetterLower(c)) lower = true;
                else if (char.IsAsciiLetterUpper(c)) marked |= letter;
                else if (c < 0x80 || !char.IsLetter(c)) continue;
                else if (char.IsLower(c)) lower = true;
                else if (char.IsUpper(c)) marked |= letter;
                letter = true;
            }
            return new Shape(marked, letter, lower);
        }
    }

    private static string WithoutMarks(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
                sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
