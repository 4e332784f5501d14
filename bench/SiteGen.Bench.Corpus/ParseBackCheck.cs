using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Pipeline;

namespace SiteGen.Bench.Corpus;

/// <summary>
/// Parses the written corpus with SiteGen and counts entries that come back with the title,
/// names and date they were generated with. A corpus the parsers misread would benchmark
/// a different site, so the generator reports this rather than assume it.
/// </summary>
internal static class ParseBackCheck
{
    public static (int Exact, int Parsed, int Warnings) Run(string inputDir, IReadOnlyList<PaperRecord> papers)
    {
        var byTitle = papers.ToDictionary(p => p.Title, StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        var records = IngestPipeline.Run(inputDir, diagnostics).Records.ToList();
        var exact = records.Count(r => byTitle.TryGetValue(r.Title, out var p) && Matches(r, p));
        return (exact, records.Count, diagnostics.Items.Count);
    }

    private static bool Matches(PaperRecord parsed, PaperRecord generated) => parsed.Format switch
    {
        ListingFormat.PublicationList => parsed.Authors.SequenceEqual(generated.Authors),
        ListingFormat.Bibtex or ListingFormat.Ris or ListingFormat.CslJson =>
            parsed.Date.ToIso() == generated.Date.ToIso() && parsed.Authors.SequenceEqual(generated.Authors),
        ListingFormat.DailyPapers => parsed.Date.ToIso() == generated.Date.ToIso() && parsed.AuthorCount is null or > 0,
        _ => parsed.Date.ToIso() == generated.Date.ToIso() && parsed.Authors.SequenceEqual(generated.Authors.Take(parsed.Authors.Count))
             && parsed.Authors.Count == Math.Min(3, generated.Authors.Count),
    };
}
