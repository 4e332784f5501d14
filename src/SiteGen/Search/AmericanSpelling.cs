using System.Text.RegularExpressions;

namespace SiteGen.Search;

/// <summary>
/// Rewrites British spellings to American ones before stemming, so that "generalisation" and "generalization",
/// "colour" and "color", "analyse" and "analyze" get one key (Porter2 alone keeps them apart: it removes -ize
/// but not -ise). engine.js has the same three rules (function <c>american</c>); the parity tests hold them equal.
/// </summary>
/// <remarks>
/// The rules rewrite word endings, not whole words from a list, so words no list has ("tokenise") work too.
/// A rewrite applied to a word that has no American twin is harmless as long as every form of that word is
/// rewritten alike ("devour" → "devor", "devoured" → "devored"). It does harm where a word's other forms keep
/// the -is- the rule would change ("precise" beside "precision" and "precisely"): those words are listed in
/// <see cref="NativeIs"/>, and "-wise" words are left alone. Words of up to two letters before the ending
/// ("rise", "raise", "noise", "hour", "four", "tour") are never rewritten.
/// </remarks>
internal static partial class AmericanSpelling
{
    /// <summary>Word beginnings (up to their "is") whose -is- is not a British -iz-.</summary>
    private static readonly string[] NativeIs =
    [
        "precis", "concis", "revis", "supervis", "televis", "incis", "excis", "circumcis", "promis",
        "surpris", "enterpris", "advis", "advertis", "rais",
    ];

    /// <summary>The American spelling of a folded word of letters a–z; anything else is returned as it is.</summary>
    public static string Of(string word)
    {
        if (Ise().Match(word) is { Success: true } ise)
        {
            var beginning = ise.Groups[1].Value;
            var withIs = beginning + "is";
            var native = beginning.EndsWith('w') || NativeIs.Any(n => withIs.EndsWith(n, StringComparison.Ordinal));
            return native ? word : beginning + "iz" + ise.Groups[2].Value;
        }
        if (Yse().Match(word) is { Success: true } yse) return yse.Groups[1].Value + "yz" + yse.Groups[2].Value;
        if (Our().Match(word) is { Success: true } our) return our.Groups[1].Value + "or" + our.Groups[2].Value;
        return word;
    }

    // organise, organised, organising, organisation(s), organisational, organiser(s), organisable, surprisingly
    [GeneratedRegex("^([a-z]{3,})is(e|es|ed|ing|ingly|er|ers|ation|ations|ational|able)$", RegexOptions.CultureInvariant)]
    private static partial Regex Ise();

    // analyse, analysed, analyses, analysing, analyser(s)
    [GeneratedRegex("^([a-z]{2,})ys(e|es|ed|ing|er|ers)$", RegexOptions.CultureInvariant)]
    private static partial Regex Yse();

    // colour(s/ed/ing/ful), behaviour(al), favourite, honourable, neighbourhood, labourer
    [GeneratedRegex("^([a-z]{3,})our(s|ed|ing|ful|fully|ite|ites|able|ably|er|ers|hood|hoods|al|ally|less|ism|ist|ists)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Our();
}
