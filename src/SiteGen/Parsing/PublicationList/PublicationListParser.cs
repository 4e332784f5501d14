using SiteGen.Model;
using SiteGen.Parsing.Names;
using SiteGen.Reading;

namespace SiteGen.Parsing.PublicationList;

/// <summary>
/// A person's publication list: a heading "Family, Given", then for each paper three
/// lines: title, authors as "Family, Given, Family, Given, ...", abstract. No dates.
/// </summary>
public sealed class PublicationListParser : IListingParser
{
    public ListingFormat Format => ListingFormat.PublicationList;

    public double Detect(SourceText text)
    {
        var lines = Tokenise(text);
        var hasHeading = lines.Count > 0 && lines.Authors[0] is { Count: 1 };
        var start = hasHeading ? 1 : 0;
        // After the owner's heading one paper may be just a title and its authors (its
        // abstract left out); without a heading a whole triple is the least that is evidence.
        if (lines.Count - start < (hasHeading ? 2 : 3)) return 0;
        // The share of lines that fall into well-formed entries, walking the file as Parse
        // does, so one malformed entry does not shift every later triple out of view.
        var inEntries = Walk(lines, start).Where(s => s.Authors is not null).Sum(s => s.Length);
        // Without the owner heading the evidence is weaker; other formats score higher on their own files.
        return (hasHeading ? 0.9 : 0.6) * inEntries / (lines.Count - start);
    }

    public TokenisedListing Read(SourceText text)
    {
        var lines = Tokenise(text);
        return new TokenisedListing(
            lexicon =>
            {
                foreach (var names in lines.Authors)
                    if (names is not null) lexicon.AddRange(names);
            },
            context => Parse(text, lines, context));
    }

    private List<PaperRecord> Parse(SourceText text, Lines lines, ParseContext context)
    {
        var records = new List<PaperRecord>();
        if (lines.Count == 0) return records;

        var owner = lines.Authors[0] is { Count: 1 } heading ? heading[0] : null;
        if (owner is null)
            context.Diagnostics.Warning(text.At(lines[0]), "expected the list owner's name as 'Family, Given' on the first line");

        foreach (var step in Walk(lines, owner is null ? 0 : 1))
        {
            var k = step.Start;
            if (step.Authors is null)
            {
                context.Diagnostics.Warning(text.At(lines[k]), k + step.Length < lines.Count
                    ? $"entry does not fit 'title / Family, Given, ... / abstract' (no author line follows); skipped {step.Length} line(s)"
                    : "entry does not fit 'title / Family, Given, ... / abstract' (no author line follows); skipped to end of file");
                continue;
            }
            if (!step.HasAbstract)
                context.Diagnostics.Warning(text.At(lines[k]), "entry has no abstract line; kept without one");
            records.Add(new PaperRecord
            {
                Title = text.Lines[lines[k]].Trim(),
                Authors = step.Authors,
                Abstract = step.HasAbstract ? text.Lines[lines[k + 2]].Trim() : "",
                ListOwner = owner,
                Source = text.At(lines[k]),
                Format = Format,
            });
        }
        return records;
    }

    /// <summary>An entry (with its authors) or a run of lines that fit none (Authors null), as indexes into the non-blank lines.</summary>
    private readonly record struct Step(int Start, int Length, IReadOnlyList<PersonName>? Authors, bool HasAbstract);

    /// <summary>The non-blank lines (as line numbers) and, for each, its names when it is an author list.</summary>
    private sealed record Lines(List<int> Numbers, IReadOnlyList<PersonName>?[] Authors)
    {
        public int Count => Numbers.Count;

        public int this[int k] => Numbers[k];

        public bool IsAuthorLine(int k) => k < Numbers.Count && Authors[k] is not null;
    }

    private static IEnumerable<Step> Walk(Lines lines, int start)
    {
        var k = start;
        while (k < lines.Count)
        {
            // An entry is title / authors / abstract. If the second line is not an author
            // list, the entry is malformed: report it and resynchronise on the next line
            // that is one, so one bad entry costs only itself.
            if (k + 1 < lines.Count && lines.Authors[k + 1] is { } authors)
            {
                // Normally line k+3 is the next title; if it is an author list instead,
                // line k+2 was the next title and this entry has no abstract, unless line
                // k+4 is an author list too: then k+3 is a title that merely reads like
                // names ("Vision, Language") and k+2 is this entry's abstract.
                var hasAbstract = k + 2 < lines.Count
                                  && !(lines.IsAuthorLine(k + 3) && !lines.IsAuthorLine(k + 4));
                var length = hasAbstract ? 3 : 2;
                yield return new Step(k, length, authors, hasAbstract);
                k += length;
                continue;
            }

            // Skip to the line before the next author list: that line is the next title.
            var next = k + 1;
            while (next + 1 < lines.Count && !lines.IsAuthorLine(next + 1)) next++;
            if (next + 1 >= lines.Count) next = lines.Count;
            yield return new Step(k, next - k, null, false);
            k = next;
        }
    }

    private static Lines Tokenise(SourceText text)
    {
        var numbers = new List<int>();
        for (var i = 0; i < text.Lines.Count; i++)
            if (!string.IsNullOrWhiteSpace(text.Lines[i])) numbers.Add(i);
        return new Lines(numbers, numbers.Select(i => TryParseAuthors(text.Lines[i])).ToArray());
    }

    /// <summary>
    /// "Family, Given, Family, Given" → names; null when the line is not such a list
    /// (odd number of parts, sentence-like parts, or parts too long to be names).
    /// </summary>
    internal static IReadOnlyList<PersonName>? TryParseAuthors(string line)
    {
        var parts = line.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts.Length % 2 != 0) return null;
        var names = new List<PersonName>(parts.Length / 2);
        for (var i = 0; i < parts.Length; i += 2)
        {
            if (!IsNamePart(parts[i]) || !IsNamePart(parts[i + 1])) return null;
            names.Add(PersonNameParser.ParseInverted(parts[i], parts[i + 1]));
        }
        return names;
    }

    private static bool IsNamePart(string part)
    {
        if (part.Length == 0 || part.Length > 60 || !char.IsLetter(part[0])) return false;
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5) return false;
        foreach (var w in words)
        {
            // Lower-case only as a particle ("van der Klis") or a joined article ("d'Aspremont", "al-Khwarizmi").
            if (!char.IsUpper(w[0]) && !PersonNameParser.IsParticle(w) && PersonNameParser.JoinedArticleLength(w) == 0) return false;
            foreach (var c in w)
                if (!(char.IsLetter(c) || c is '.' or '-' or '\'' or '’')) return false;
        }
        return true;
    }
}
