using System.Text.RegularExpressions;
using SiteGen.Model;
using SiteGen.Parsing.Names;

namespace SiteGen.Parsing.CategoryListing;

/// <summary>The parts of a category listing's glued title+authors line.</summary>
/// <param name="Guessed">No seam scored as a name: this is the best guess (<see cref="TitleAuthorSplitter.Guess"/>).</param>
public sealed record TitleAuthorSplit(string Title, IReadOnlyList<PersonName> Authors, bool Truncated, IReadOnlyList<string> Affiliations, bool Guessed = false);

/// <summary>
/// Splits "TitleFirst Author, Second Author et al. · affiliation" where nothing separates
/// the title from the first author. The seam is always inside one "word" made of the
/// title's last word and the first given name ("LLMsDilxat", "PointNetSotiris",
/// "Interpretability?Denis"), so candidates are the upper-case letters of that region;
/// each candidate is scored on name shape, lexicon evidence and the title word it leaves.
/// </summary>
public sealed partial class TitleAuthorSplitter(NameLexicon lexicon)
{
    private const string AffiliationSeparator = " · ";
    private const int MaxNameTokens = 6;
    private const int MaxNameLength = 150;

    /// <summary>The split, or null when no seam leaves a plausible name (see <see cref="SplitOrGuess"/>).</summary>
    public TitleAuthorSplit? Split(string line, string abstractText = "")
    {
        var trimmed = line.Trim();
        var (body, affiliations) = CutAffiliations(trimmed);
        // A title may itself contain " · "; if cutting there leaves nothing to split, it was not an affiliation.
        return SplitBody(body, affiliations, abstractText)
               ?? (affiliations.Count > 0 ? SplitBody(trimmed, [], abstractText) : null);
    }

    /// <summary>The split, else the best guess marked <see cref="TitleAuthorSplit.Guessed"/>: an entry with a title is a paper.</summary>
    public TitleAuthorSplit SplitOrGuess(string line, string abstractText = "") => Split(line, abstractText) ?? Guess(line);

    /// <summary>
    /// Where no seam leaves something shaped like a name ("ReportDeepSeek-AI", an organisation
    /// in capitals): authors after the first are still the clean ", " segments, and the seam is
    /// taken in the rightmost word of the segment before them that has a lower-to-upper-case step,
    /// at its first step ("Technical Report|DeepSeek-AI"). Without such a step the whole segment is
    /// the title and only the clean segments are authors; nothing is invented.
    /// </summary>
    public static TitleAuthorSplit Guess(string line)
    {
        var (body, affiliations) = CutAffiliations(line.Trim());
        var truncated = CutEtAl(ref body);
        var segments = body.Split(", ");
        var seamIndex = segments.Length - 1;
        while (seamIndex > 0 && LooksLikeName(segments[seamIndex])) seamIndex--;
        var seam = segments[seamIndex];
        var authors = segments.Skip(seamIndex + 1).Select(PersonNameParser.ParseNatural).ToList();
        var titlePrefix = string.Join(", ", segments.Take(seamIndex));
        var step = GlueStep(seam);
        if (step is { } at) authors.Insert(0, PersonNameParser.ParseNatural(seam[at..]));
        var title = ((titlePrefix.Length > 0 ? titlePrefix + ", " : "") + (step is { } cut ? seam[..cut] : seam)).Trim();
        // A line that is all clean names ("Alice Smith, Bob Jones") has no title to split off: it is the title.
        if (title.Length == 0 || title == ",") return new TitleAuthorSplit(line.Trim(), [], false, [], Guessed: true);
        return new TitleAuthorSplit(title, authors.Where(a => a.Family.Length > 0).ToList(), truncated, affiliations, Guessed: true);
    }

    /// <summary>
    /// In the rightmost of the last <see cref="MaxNameTokens"/> words that has one, the first
    /// upper-case letter right after a lower-case one: the glued word ends the title and starts
    /// the name, and its first step is where a title word ("Report") most often meets a name.
    /// </summary>
    private static int? GlueStep(string seam)
    {
        var end = seam.Length;
        for (var words = 0; words < MaxNameTokens && end > 0; words++)
        {
            var start = seam.LastIndexOf(' ', end - 1) + 1;
            for (var i = Math.Max(start + 1, 1); i < end; i++)
                if (char.IsUpper(seam[i]) && char.IsLower(seam[i - 1])) return i;
            end = start - 1;
        }
        return null;
    }

    private TitleAuthorSplit? SplitBody(string body, IReadOnlyList<string> affiliations, string abstractText)
    {
        var truncated = CutEtAl(ref body);

        var segments = body.Split(", ");
        // Authors after the first are whole segments; the seam is in the rightmost segment
        // that is not a clean name, and anything before it is title (titles may contain ", ").
        // If that segment has no seam (a trailing author written oddly, "OpenAI"), look further left.
        for (var seamIndex = segments.Length - 1; seamIndex >= 0; seamIndex--)
        {
            if (seamIndex > 0 && LooksLikeName(segments[seamIndex], lexicon)) continue;
            var seam = segments[seamIndex];
            if (BestSeam(seam, abstractText) is not { } best) continue;

            var titlePrefix = string.Join(", ", segments.Take(seamIndex));
            var title = (titlePrefix.Length > 0 ? titlePrefix + ", " : "") + seam[..best];
            var authors = new List<PersonName> { PersonNameParser.ParseNatural(seam[best..]) };
            authors.AddRange(segments.Skip(seamIndex + 1).Select(PersonNameParser.ParseNatural));
            // Empty segments (a line ending "Ms, , ,") name nobody.
            return new TitleAuthorSplit(title.Trim(), authors.Where(a => a.Family.Length > 0).ToList(), truncated, affiliations);
        }
        return null;
    }

    /// <summary>The names a glued line gives without ambiguity: every author after the first.</summary>
    public static IEnumerable<PersonName> CleanTrailingAuthors(string line)
    {
        var (body, _) = CutAffiliations(line.Trim());
        CutEtAl(ref body);
        var segments = body.Split(", ");
        for (var i = segments.Length - 1; i >= 1 && LooksLikeName(segments[i]); i--)
            yield return PersonNameParser.ParseNatural(segments[i]);
    }

    /// <summary>Removes a trailing "et al." (or "et al", ", et al."); true when there was one.</summary>
    private static bool CutEtAl(ref string body)
    {
        foreach (var suffix in (string[])[" et al.", " et al"])
        {
            if (!body.EndsWith(suffix, StringComparison.Ordinal)) continue;
            body = body[..^suffix.Length].TrimEnd().TrimEnd(',');
            return true;
        }
        return false;
    }

    private static (string Body, IReadOnlyList<string> Affiliations) CutAffiliations(string line)
    {
        var at = line.LastIndexOf(AffiliationSeparator, StringComparison.Ordinal);
        if (at < 0) return (line, []);
        var affiliations = line[(at + AffiliationSeparator.Length)..]
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (line[..at].TrimEnd(), affiliations);
    }

    /// <summary>Index in <paramref name="seam"/> where the first author's name starts, or null.</summary>
    private int? BestSeam(string seam, string abstractText)
    {
        int? best = null;
        var bestScore = double.NegativeInfinity;
        for (var i = FirstCandidate(seam); i < seam.Length; i++)
        {
            // A name never starts right after a space (that would not be glued) or a hyphen ("State-Space").
            if (!char.IsUpper(seam[i]) || seam[i - 1] is ' ' or '-' || AfterJoinedArticle(seam, i)) continue;
            var name = seam[i..];
            var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var score = ScoreName(tokens);
            if (double.IsNegativeInfinity(score)) continue;
            score += ScoreTitleEnd(seam[..i], tokens.Length, abstractText);
            // On a tie the later seam wins: the fused word's earlier capitals usually belong to
            // the title ("A.G.I.Carol", "GPT-4oLi"), a given name rarely has inner capitals.
            if (score >= bestScore) { bestScore = score; best = i; }
        }
        return best;
    }

    /// <summary>
    /// True when <paramref name="i"/> follows a lower-case article joined to a name by an
    /// apostrophe ("d'Aspremont", "l'Hôpital"): the article belongs to the name, no title ends
    /// in "d'". Without this "…DeBERTa" + "Quoc V. d'Aspremont" split as "…Quoc V. d'" + "Aspremont".
    /// </summary>
    private static bool AfterJoinedArticle(string seam, int i)
    {
        if (seam[i - 1] is not ('\'' or '’')) return false;
        // Articles are at most three letters: the word starts at most four characters back.
        var from = Math.Max(0, i - 5);
        var space = seam.LastIndexOf(' ', i - 1, i - from);
        if (space < 0 && from > 0) return false;
        var wordStart = space + 1;
        return PersonNameParser.JoinedArticleLength(seam[wordStart..(i + 1)]) == i - wordStart;
    }

    /// <summary>
    /// A name has at most <see cref="MaxNameTokens"/> tokens and <see cref="MaxNameLength"/>
    /// characters, so the seam lies near the end; starting there keeps a pathological line
    /// linear, not quadratic.
    /// </summary>
    private static int FirstCandidate(string seam)
    {
        var at = seam.Length;
        for (var spaces = 0; spaces < MaxNameTokens && at > 0; spaces++)
            at = seam.LastIndexOf(' ', at - 1);
        return Math.Max(Math.Max(1, at), seam.Length - MaxNameLength);
    }

    private double ScoreName(string[] tokens)
    {
        if (NameShapes(tokens) is not { } shapes) return double.NegativeInfinity;
        double score = tokens.Length >= 2 ? 2 : -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var known = lexicon.IsKnownGiven(token) || lexicon.IsKnownFamily(token);
            // A camel-cased token is usually a title word fused with a name ("DigitsYann");
            // names with a known inner-capital prefix ("LeCun", "McDonald") only slightly less
            // likely, and one the inputs write cleanly elsewhere ("JoAnne") not at all.
            if (shapes[t] == Shape.Camel && !known) score -= IsCamelCasedName(token) ? 0.5 : 4;
            // A known given name is strong evidence that a name starts here only if a family
            // name follows it. Alone it would be a mononym: "Marco" known from "Marco Cuturi"
            // must not make "Sparse MoEAndré Di" + "Marco" beat "André DiMarco".
            if (t == 0 && tokens.Length > 1 && lexicon.IsKnownGiven(token)) score += 3;
            else if (t == tokens.Length - 1 && lexicon.IsKnownFamily(token)) score += 2;
            else if (known) score += 1;
        }
        return score;
    }

    /// <summary>
    /// Each token's shape, or null when the tokens cannot form a name: too many, a bad
    /// token, a particle at either end, a suffix anywhere but last, or only initials ("I", "A.").
    /// </summary>
    private static Shape[]? NameShapes(string[] tokens)
    {
        if (tokens.Length is 0 or > MaxNameTokens) return null;
        var shapes = new Shape[tokens.Length];
        var hasWord = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var shape = TokenShape(tokens[t]);
            if (shape == Shape.Invalid) return null;
            if (shape == Shape.Particle && (t == 0 || t == tokens.Length - 1)) return null;
            if (shape == Shape.Suffix && (t < 2 || t != tokens.Length - 1)) return null;
            hasWord |= shape is Shape.Word or Shape.Camel;
            shapes[t] = shape;
        }
        return hasWord ? shapes : null;
    }

    /// <summary>Favours seams that leave a plausible last title word.</summary>
    private static double ScoreTitleEnd(string title, int nameTokens, string abstractText)
    {
        var trimmed = title.TrimEnd();
        if (trimmed.Length == 0) return double.NegativeInfinity;
        var space = trimmed.LastIndexOf(' ');
        var lastWord = trimmed[(space + 1)..];
        var score = 0.0;
        // The title word often recurs in the abstract ("PointNet"); a word fused with a name never does.
        var inAbstract = lastWord.Length > 2 && ContainsWord(abstractText, lastWord.TrimEnd('?', '!', '.', ')', ':'));
        if (inAbstract) score += 2;
        // "3DLe" + "Bron James", "3DD'" + "Arcy Thompson": a title word that ends in a name
        // prefix took it from the name ("LeBron", "D'Arcy"). A possessive ("Teachers'") does not.
        if (CamelNamePrefixes.Any(p => lastWord.Length > p.Length && lastWord.EndsWith(p, StringComparison.Ordinal))) score -= 2;
        if (lastWord.Length >= 2 && lastWord[^1] is '\'' or '’' && char.IsUpper(lastWord[^2])) score -= 2;
        // "…LoRAYann Le" + "Cun", "…iPhoneMarco Di" + "Maggio": a one-word name cut out of a
        // word that starts with a name prefix is the tail of an inner-capital family name, not
        // a mononym. Without this the cut won whenever the right seam paid for a camel-cased
        // title ending ("LoRA", "iPhone") below. With more name words the bare prefix can be
        // the title's ("Apps for the Mac" + "John Smith"), so only one-word names pay.
        if (nameTokens == 1 && CamelNamePrefixes.Contains(lastWord, StringComparer.Ordinal)) score -= 2;
        if (HasInnerCapitalAfterLower(lastWord))
        {
            // Camel-cased title words exist ("PointNet"), but one the abstract does not
            // use is more likely a fragment of the first name ("RobotsJo" + "Anne").
            score -= 1;
            if (abstractText.Length > 0 && !inAbstract) score -= 2;
        }
        return score;
    }

    /// <summary>
    /// <paramref name="word"/> as a whole word of <paramref name="text"/>, ignoring case. A part
    /// of a word is no evidence: "Res" (of "ResNet" + "Sotiris") is in "research", "Point" in "pointwise".
    /// </summary>
    private static bool ContainsWord(string text, string word)
    {
        if (word.Length == 0) return false;
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    /// <param name="lexicon">Names the inputs give cleanly; null while the lexicon is being built.</param>
    private static bool LooksLikeName(string segment, NameLexicon? lexicon = null)
    {
        var tokens = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (NameShapes(tokens) is not { } shapes) return false;
        // A fused title word looks camel-cased ("LearningKaiming"); real camel-cased names
        // have known prefixes ("McDonald") or are written cleanly elsewhere ("JoAnne").
        for (var t = 0; t < tokens.Length; t++)
        {
            if (shapes[t] != Shape.Camel || IsCamelCasedName(tokens[t])) continue;
            if (lexicon is null || !(lexicon.IsKnownGiven(tokens[t]) || lexicon.IsKnownFamily(tokens[t]))) return false;
        }
        return true;
    }

    private static readonly string[] CamelNamePrefixes = ["Mc", "Mac", "Le", "De", "Di", "Da", "La", "Van", "Vander", "Von", "Du", "Fitz", "O'"];

    /// <summary>
    /// "McAllister", "LaGuardia", "FitzGerald": a known prefix and then the inner capital.
    /// The capital must follow the prefix directly: "LabJake" is "Lab" fused with "Jake", not "La" + "bJake".
    /// </summary>
    private static bool IsCamelCasedName(string token) =>
        CamelNamePrefixes.Any(p => token.Length > p.Length && token.StartsWith(p, StringComparison.Ordinal) && char.IsUpper(token[p.Length]));

    private enum Shape { Invalid, Word, Initial, Particle, Camel, Suffix }

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    /// <summary>"J.", "J", "JJ", "J.-P.", "J.R.R.": initials, with dots or without ("JJ Abrams").</summary>
    [GeneratedRegex(@"^(?:\p{Lu}{1,2}|\p{Lu}\.(?:-?\p{Lu}\.)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    /// <summary>Classifies one name token: "Aurélien", "F.", "van", "McDonald", "Bond-Taylor", "O'Neil", "III".</summary>
    private static Shape TokenShape(string token)
    {
        if (PersonNameParser.IsParticle(token)) return Shape.Particle;
        if (Suffixes.Contains(token)) return Shape.Suffix;
        if (token.Length == 0) return Shape.Invalid;
        // A short lower-case article joined to the name ("al-Khwarizmi", "d'Alembert", "l'Hôpital").
        if (PersonNameParser.JoinedArticleLength(token) is > 0 and var article) return TokenShape(token[article..]) == Shape.Word ? Shape.Word : Shape.Invalid;
        if (!char.IsUpper(token[0])) return Shape.Invalid;
        if (Initials().IsMatch(token)) return Shape.Initial;

        // A word token: hyphen-separated parts ("Bond-Taylor", "Jong-hyun"), each letters
        // and apostrophes; only an abbreviation's final dot ("St.").
        var camel = false;
        var partStart = 0;
        for (var i = 1; i < token.Length; i++)
        {
            var c = token[i];
            var prev = token[i - 1];
            if (char.IsLower(c)) continue;
            if (c == '-')
            {
                if (i + 1 >= token.Length || !char.IsLetter(token[i + 1]) || prev is '\'' or '’') return Shape.Invalid;
                partStart = i + 1;
                continue;
            }
            if (c is '\'' or '’')
            {
                if (i + 1 >= token.Length || !char.IsLetter(token[i + 1])) return Shape.Invalid;
                continue;
            }
            if (c == '.')
            {
                if (i != token.Length - 1) return Shape.Invalid; // "G.I.Carol": a title's initialism fused with a name
                continue;
            }
            if (!char.IsUpper(c)) return Shape.Invalid;
            if (i == partStart) continue;
            // Upper after an apostrophe starts a name only after a one-letter prefix ("O'Neil",
            // "D'Souza"); "No'Jane" is a quoted title word fused with a name.
            if (prev is '\'' or '’') { if (i - 1 - partStart == 1) continue; return Shape.Invalid; }
            if (!char.IsLower(prev)) return Shape.Invalid; // "LLMs", "GPT"
            camel = true; // "McDonald", "DeAndre", or a title word fused with a name
        }
        return camel ? Shape.Camel : Shape.Word;
    }

    private static bool HasInnerCapitalAfterLower(string word)
    {
        for (var i = 1; i < word.Length; i++)
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1])) return true;
        return false;
    }
}
