using SiteGen.Model;
using SiteGen.Parsing.Names;

namespace SiteGen.Parsing.CategoryListing;

/// <summary>The parts of a category listing's glued title+authors line.</summary>
public sealed record TitleAuthorSplit(string Title, IReadOnlyList<PersonName> Authors, bool Truncated, IReadOnlyList<string> Affiliations);

/// <summary>
/// Splits "TitleFirst Author, Second Author et al. · affiliation" where nothing separates
/// the title from the first author. The seam is always inside one "word" made of the
/// title's last word and the first given name ("LLMsDilxat", "PointNetSotiris",
/// "Interpretability?Denis"), so candidates are the upper-case letters of that region;
/// each candidate is scored on name shape, lexicon evidence and the title word it leaves.
/// </summary>
public sealed class TitleAuthorSplitter(NameLexicon lexicon)
{
    private const string EtAl = " et al.";
    private const string AffiliationSeparator = " · ";
    private const int MaxNameTokens = 6;
    private const int MaxNameLength = 150;

    public TitleAuthorSplit? Split(string line, string abstractText = "")
    {
        var (body, affiliations) = CutAffiliations(line.Trim());
        var truncated = false;
        if (body.EndsWith(EtAl, StringComparison.Ordinal))
        {
            truncated = true;
            body = body[..^EtAl.Length].TrimEnd();
        }

        var segments = body.Split(", ");
        // Authors after the first are whole segments; the first segment (from the right)
        // that is not a clean name holds the seam. Anything before it is title (titles may contain ", ").
        var seamIndex = segments.Length - 1;
        while (seamIndex > 0 && LooksLikeName(segments[seamIndex])) seamIndex--;

        var seam = segments[seamIndex];
        var best = BestSeam(seam, abstractText);
        if (best is null) return null;

        var titlePrefix = string.Join(", ", segments.Take(seamIndex));
        var title = (titlePrefix.Length > 0 ? titlePrefix + ", " : "") + seam[..best.Value];
        var authors = new List<PersonName> { PersonNameParser.ParseNatural(seam[best.Value..]) };
        authors.AddRange(segments.Skip(seamIndex + 1).Select(PersonNameParser.ParseNatural));
        return new TitleAuthorSplit(title.Trim(), authors, truncated, affiliations);
    }

    /// <summary>The names a glued line gives without ambiguity: every author after the first.</summary>
    public static IEnumerable<PersonName> CleanTrailingAuthors(string line)
    {
        var (body, _) = CutAffiliations(line.Trim());
        if (body.EndsWith(EtAl, StringComparison.Ordinal)) body = body[..^EtAl.Length].TrimEnd();
        var segments = body.Split(", ");
        for (var i = segments.Length - 1; i >= 1 && LooksLikeName(segments[i]); i--)
            yield return PersonNameParser.ParseNatural(segments[i]);
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
            if (!char.IsUpper(seam[i]) || seam[i - 1] is ' ' or '-') continue;
            var name = seam[i..];
            var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var score = ScoreName(tokens);
            if (double.IsNegativeInfinity(score)) continue;
            score += ScoreTitleEnd(seam[..i], abstractText);
            if (score > bestScore) { bestScore = score; best = i; }
        }
        return best;
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
        if (tokens.Length is 0 or > MaxNameTokens) return double.NegativeInfinity;
        double score = tokens.Length >= 2 ? 2 : -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var shape = TokenShape(token);
            if (shape == Shape.Invalid) return double.NegativeInfinity;
            if (shape == Shape.Particle && (t == 0 || t == tokens.Length - 1)) return double.NegativeInfinity;
            if (shape == Shape.Camel) score -= 4;
            if (t == 0 && lexicon.IsKnownGiven(token)) score += 3;
            else if (t == tokens.Length - 1 && lexicon.IsKnownFamily(token)) score += 2;
            else if (lexicon.IsKnownGiven(token) || lexicon.IsKnownFamily(token)) score += 1;
        }
        return score;
    }

    /// <summary>Favours seams that leave a plausible last title word.</summary>
    private static double ScoreTitleEnd(string title, string abstractText)
    {
        var trimmed = title.TrimEnd();
        if (trimmed.Length == 0) return double.NegativeInfinity;
        var space = trimmed.LastIndexOf(' ');
        var lastWord = trimmed[(space + 1)..];
        var score = 0.0;
        // The title word often recurs in the abstract ("PointNet"); a word fused with a name never does.
        if (lastWord.Length > 2 && abstractText.Contains(lastWord.TrimEnd('?', '!', '.', ')', ':'), StringComparison.OrdinalIgnoreCase)) score += 2;
        if (HasInnerCapitalAfterLower(lastWord)) score -= 1;
        return score;
    }

    private static bool LooksLikeName(string segment)
    {
        var tokens = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > MaxNameTokens) return false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var shape = TokenShape(tokens[t]);
            if (shape is Shape.Invalid) return false;
            if (shape is Shape.Particle && (t == 0 || t == tokens.Length - 1)) return false;
            // A fused title word looks camel-cased ("LearningKaiming"); real camel-cased names have known prefixes.
            if (shape is Shape.Camel && !CamelNamePrefixes.Any(p => tokens[t].StartsWith(p, StringComparison.Ordinal))) return false;
        }
        return true;
    }

    private static readonly string[] CamelNamePrefixes = ["Mc", "Mac", "Le", "De", "Di", "Da", "La", "Van", "Von", "Du", "O'"];

    private enum Shape { Invalid, Word, Initial, Particle, Camel }

    /// <summary>Classifies one name token: "Aurélien", "F.", "van", "McDonald", "Bond-Taylor".</summary>
    private static Shape TokenShape(string token)
    {
        if (PersonNameParser.IsParticle(token)) return Shape.Particle;
        if (token.Length == 0 || !char.IsUpper(token[0])) return Shape.Invalid;
        if (token.Length == 2 && token[1] == '.') return Shape.Initial;
        if (token.Length == 1) return Shape.Initial;
        var camel = false;
        for (var i = 1; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsLower(c) || c == '\'' || c == '’') continue;
            if (c == '-' || c == '.') { if (i + 1 < token.Length && !char.IsLetter(token[i + 1])) return Shape.Invalid; continue; }
            if (char.IsUpper(c))
            {
                // Upper after '-' / '.' / apostrophe starts a new part ("Bond-Taylor", "O'Neil", "J.-P.").
                if (token[i - 1] is '-' or '.' or '\'' or '’') continue;
                if (!char.IsLower(token[i - 1])) return Shape.Invalid; // "LLMs", "GPT"
                camel = true; // "McDonald", "DeAndre", or a title word fused with a name
                continue;
            }
            return Shape.Invalid;
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
