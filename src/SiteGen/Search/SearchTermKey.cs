using Lucene.Net.Tartarus.Snowball.Ext;

namespace SiteGen.Search;

/// <summary>
/// The family key of an index term: words with one key are forms of one word ("transformer", "transformers",
/// "transformation" → "transform"; "generalisation", "generalization" → "general"). English words are
/// stemmed with Snowball's English (Porter2) stemmer, Lucene.Net's, after <see cref="AmericanSpelling"/>;
/// a term with a digit or a letter outside a–z ("gpt4", "s4", "σισυφος") or under three letters is its
/// own key. engine.js computes the same key in the browser (npm's porter2; function <c>key</c>): the
/// index is ordered by key so that a query word's family is in one shard, and the parity tests hold the
/// two to the same keys on every term of the 100k benchmark vocabulary and the shipped papers.
/// </summary>
internal static class SearchTermKey
{
    // Snowball stemmers keep state: one per thread (the builder keys terms in parallel).
    [ThreadStatic] private static EnglishStemmer? t_stemmer;

    public static string Of(string term)
    {
        if (term.Length < 3 || !IsPlainWord(term)) return term;
        var stemmer = t_stemmer ??= new EnglishStemmer();
        stemmer.SetCurrent(AmericanSpelling.Of(term));
        stemmer.Stem();
        return stemmer.Current;
    }

    private static bool IsPlainWord(string term)
    {
        foreach (var c in term)
            if (c is < 'a' or > 'z') return false;
        return true;
    }
}
