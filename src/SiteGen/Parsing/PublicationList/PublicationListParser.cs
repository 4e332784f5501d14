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
        var lines = NonBlank(text);
        if (lines.Count < 4 || TryParseAuthors(text.Lines[lines[0]]) is not { Count: 1 }) return 0;
        var triples = (lines.Count - 1) / 3;
        var good = 0;
        for (var t = 0; t < triples; t++)
            if (TryParseAuthors(text.Lines[lines[1 + 3 * t + 1]]) is not null) good++;
        return triples == 0 ? 0 : 0.9 * good / triples;
    }

    public void ContributeNames(SourceText text, NameLexicon lexicon)
    {
        foreach (var i in NonBlank(text))
            if (TryParseAuthors(text.Lines[i]) is { } names) lexicon.AddRange(names);
    }

    public IReadOnlyList<PaperRecord> Parse(SourceText text, ParseContext context)
    {
        var lines = NonBlank(text);
        var records = new List<PaperRecord>();
        if (lines.Count == 0) return records;

        var owner = TryParseAuthors(text.Lines[lines[0]]) is { Count: 1 } heading ? heading[0] : null;
        if (owner is null)
            context.Diagnostics.Warning(text.At(lines[0]), "expected the list owner's name as 'Family, Given' on the first line");

        var k = owner is null ? 0 : 1;
        while (k < lines.Count)
        {
            // An entry is title / authors / abstract. If the second line is not an author
            // list, the entry is malformed: report it and resynchronise on the next line
            // that is one, so one bad entry costs only itself.
            if (k + 1 < lines.Count && TryParseAuthors(text.Lines[lines[k + 1]]) is { } authors)
            {
                // Normally line k+3 is the next title; if it is an author list instead,
                // line k+2 was the next title and this entry has no abstract, unless line
                // k+4 is an author list too: then k+3 is a title that merely reads like
                // names ("Vision, Language") and k+2 is this entry's abstract.
                var hasAbstract = k + 2 < lines.Count
                                  && !(IsAuthorLine(text, lines, k + 3) && !IsAuthorLine(text, lines, k + 4));
                if (!hasAbstract)
                    context.Diagnostics.Warning(text.At(lines[k]), "entry has no abstract line; kept without one");
                records.Add(new PaperRecord
                {
                    Title = text.Lines[lines[k]].Trim(),
                    Authors = authors,
                    Abstract = hasAbstract ? text.Lines[lines[k + 2]].Trim() : "",
                    ListOwner = owner,
                    Source = text.At(lines[k]),
                    Format = Format,
                });
                k += hasAbstract ? 3 : 2;
                continue;
            }

            var next = k + 1;
            while (next + 1 < lines.Count && TryParseAuthors(text.Lines[lines[next + 1]]) is null) next++;
            context.Diagnostics.Warning(text.At(lines[k]),
                next + 1 < lines.Count
                    ? $"entry does not fit 'title / Family, Given, ... / abstract' (no author line follows); skipped {next - k} line(s)"
                    : $"entry does not fit 'title / Family, Given, ... / abstract' (no author line follows); skipped to end of file");
            k = next;
            if (k + 1 >= lines.Count) break;
        }
        return records;
    }

    private static bool IsAuthorLine(SourceText text, List<int> lines, int k) =>
        k < lines.Count && TryParseAuthors(text.Lines[lines[k]]) is not null;

    private static List<int> NonBlank(SourceText text)
    {
        var result = new List<int>();
        for (var i = 0; i < text.Lines.Count; i++)
            if (!string.IsNullOrWhiteSpace(text.Lines[i])) result.Add(i);
        return result;
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
            if (!char.IsUpper(w[0]) && !PersonNameParser.IsParticle(w)) return false;
            foreach (var c in w)
                if (!(char.IsLetter(c) || c is '.' or '-' or '\'' or '’')) return false;
        }
        return true;
    }
}
