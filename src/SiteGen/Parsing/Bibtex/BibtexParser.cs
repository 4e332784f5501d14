using SiteGen.Model;
using SiteGen.Parsing.Names;
using SiteGen.Parsing.Common;
using SiteGen.Reading;

namespace SiteGen.Parsing.Bibtex;

/// <summary>
/// A BibTeX or BibLaTeX database (<c>.bib</c>), as research groups keep their publication
/// lists (al-folio and Hugo Blox start from one). Each entry with a title becomes a record;
/// syntax errors, entries without a title and repeated citation keys are reported and skipped.
/// </summary>
public sealed partial class BibtexParser : IListingParser
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*@\s*[A-Za-z]+\s*[{(]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EntryStart();

    public ListingFormat Format => ListingFormat.Bibtex;

    public double Detect(SourceText text)
    {
        var byExtension = FileKind.HasExtension(text.Name, ".bib", ".bibtex", ".biblatex");
        var entries = text.Lines.Count(l => l.Length > 0 && EntryStart().IsMatch(l));
        if (entries > 0) return byExtension ? 1.0 : 0.95;
        // A .bib file with no entry is still BibTeX: claim it so it is reported as empty, not unknown.
        return byExtension ? 0.5 : 0;
    }

    public TokenisedListing Read(SourceText text)
    {
        var (entries, problems) = BibtexReader.Read(text.Lines);
        return new TokenisedListing(
            lexicon =>
            {
                foreach (var entry in entries)
                    if (entry.Fields.TryGetValue("author", out var author))
                        lexicon.AddRange(BibtexNames.Parse(author.Value).Names);
            },
            context => Parse(text, entries, problems, context));
    }

    private static List<PaperRecord> Parse(SourceText text, IReadOnlyList<BibtexEntry> entries, IReadOnlyList<(int Line, string Message)> readProblems, ParseContext context)
    {
        var problems = readProblems.ToList();
        entries = BibtexCrossref.Resolve(entries, problems);
        foreach (var (line, message) in problems) context.Diagnostics.Warning(text.At(line), message);

        var records = new List<PaperRecord>();
        var keys = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            // BibTeX itself treats keys case-insensitively, so "Falck2024" repeats "falck2024".
            if (!keys.TryAdd(entry.Key, entry.Line))
            {
                context.Diagnostics.Warning(text.At(entry.Line), $"duplicate citation key '{entry.Key}' (first at line {keys[entry.Key] + 1}); entry skipped");
                continue;
            }
            if (BibtexRecordBuilder.Build(entry, text, context.Diagnostics) is { } record) records.Add(record);
        }
        if (records.Count == 0 && problems.Count == 0 && entries.Count == 0)
            context.Diagnostics.Warning(text.At(0), "no BibTeX entries found");
        return records;
    }
}
