using System.CommandLine;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen check [--authors] [--strict]</c>: identity decisions to confirm. Reports are
/// advice (the site builds either way), so they fail the exit code only under --strict,
/// where a CI job wants every look-alike settled in site.yml.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CommonOptions.Input();
        var strict = CommonOptions.Strict();
        var authors = new Option<bool>("--authors") { Description = "Also list names that look like one person but were not merged" };
        var command = new Command("check", "Report near-duplicate papers and look-alike author names") { input, strict, authors };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var ingest = IngestPipeline.Run(parse.GetValue(input)!, diagnostics);
            var report = IdentityReport.Create(ingest.Listings, ingest.Config, diagnostics);
            var withAuthors = parse.GetValue(authors);
            IdentityReportPrinter.Print(report, withAuthors, output);
            DiagnosticPrinter.Print(diagnostics, error);

            var problems = report.NearDuplicates.Count + (withAuthors ? report.PossibleSamePeople.Count : 0);
            var exit = DiagnosticPrinter.ExitCode(diagnostics, parse.GetValue(strict));
            return exit == ExitCodes.Success && parse.GetValue(strict) && problems > 0 ? ExitCodes.InputProblems : exit;
        });
        return command;
    }
}

/// <summary>Plain-text rendering of an <see cref="IdentityReport"/>, with the site.yml lines that settle each item.</summary>
internal static class IdentityReportPrinter
{
    public static void Print(IdentityReport report, bool withAuthors, TextWriter output)
    {
        var catalog = report.Catalog;
        output.WriteLine($"{catalog.Papers.Count} papers, {catalog.Authors.Count} authors, {catalog.Topics.Count} topics");
        var untopical = catalog.Papers.Count(p => p.TopicIds.Count == 0);
        if (untopical > 0) output.WriteLine($"{untopical} paper(s) have no topic: add phrases under topics.taxonomy in site.yml");

        output.WriteLine();
        output.WriteLine($"Near-duplicate papers (similar titles, not merged): {report.NearDuplicates.Count}");
        foreach (var d in report.NearDuplicates)
        {
            output.WriteLine($"  {d.Similarity.ToString("0.00", CultureInfo.InvariantCulture)}  \"{d.First.Title}\"  [{string.Join(", ", d.First.Sources)}]");
            output.WriteLine($"        \"{d.Second.Title}\"  [{string.Join(", ", d.Second.Sources)}]");
        }

        if (!withAuthors) return;
        output.WriteLine();
        output.WriteLine($"Names that may be one person (not merged): {report.PossibleSamePeople.Count}");
        foreach (var pair in report.PossibleSamePeople)
        {
            // Suggest the fuller spelling as the canonical name, the one the author page shows.
            var (full, other) = pair.First.Given.Length >= pair.Second.Given.Length ? (pair.First, pair.Second) : (pair.Second, pair.First);
            output.WriteLine($"  \"{full.Display}\" ({report.PaperCount(full)} paper(s)) / \"{other.Display}\" ({report.PaperCount(other)} paper(s)): {pair.Reason}");
            output.WriteLine($"    same person:      authors: {{ aliases: {{ \"{full.Display}\": [\"{other.Display}\"] }} }}");
            output.WriteLine($"    different people: authors: {{ distinct: [[\"{full.Display}\", \"{other.Display}\"]] }}");
        }
        output.WriteLine();
        output.WriteLine($"Merged on shared co-authors (override with authors.distinct): {report.MergedByEvidence.Count}");
        foreach (var pair in report.MergedByEvidence)
            output.WriteLine($"  \"{pair.First.Display}\" = \"{pair.Second.Display}\"");
    }
}
