using System.CommandLine;
using System.Globalization;
using SiteGen.Checking;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Annotations;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Pipeline;
using SiteGen.Reading;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen check [--authors] [--site DIR] [--strict]</c>: validates the inputs and site.yml,
/// the built site (links, anchors, paper metadata) when there is one, and reports identity
/// decisions to confirm. Input and site problems fail the exit code; identity reports are
/// advice (the site builds either way) and fail it only under --strict, where a CI job
/// wants every look-alike settled in site.yml.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CommonOptions.Input();
        var strict = CommonOptions.Strict();
        var authors = new Option<bool>("--authors") { Description = "Also list names that look like one person but were not merged" };
        var site = new Option<string?>("--site") { Description = "Built site to check (default: the configured output folder, if it exists)" };
        var command = new Command("check", "Validate inputs, site.yml and the built site; report near-duplicate papers and look-alike author names") { input, strict, authors, site };
        strict.Description = "Also fail on warnings (malformed entries, unknown settings), on unconfirmed near-duplicate papers, on paper pages Google Scholar will not index and, with --authors, on look-alike author names";
        command.SetAction(parse =>
        {
            if (!InputFolderCheck.Exists(parse.GetValue(input)!, error)) return ExitCodes.UsageError;
            var diagnostics = new DiagnosticBag();
            var snapshot = InputSnapshot.Read(parse.GetValue(input)!, diagnostics);
            var config = SiteConfigLoader.Load(snapshot, diagnostics) ?? SiteConfig.Default;
            var catalog = CatalogPipeline.Run(snapshot, config, diagnostics, identityReport: true);
            var report = catalog.Identity!;
            var withAuthors = parse.GetValue(authors);
            IdentityReportPrinter.Print(report, withAuthors, output);

            var siteDir = parse.GetValue(site) ?? OutputLocation.Resolve(parse.GetValue(input)!, null, config);
            var siteProblems = 0;
            var notIndexable = 0;
            if (parse.GetValue(site) is not null || Directory.Exists(siteDir))
            {
                (siteProblems, notIndexable) = OutputChecker.Check(siteDir, diagnostics);
                output.WriteLine();
                output.WriteLine($"Built site {siteDir}: {siteProblems} problem(s) (links, anchors, paper metadata)");
                if (notIndexable > 0)
                    output.WriteLine($"{notIndexable} paper page(s) Google Scholar will not index (no author or no date; each is listed with its fix)");
            }
            DiagnosticPrinter.Print(diagnostics, error);

            var advice = report.NearDuplicates.Count + (withAuthors ? report.PossibleSamePeople.Count : 0) + notIndexable;
            var exit = DiagnosticPrinter.ExitCode(diagnostics, parse.GetValue(strict));
            if (exit == ExitCodes.Success && siteProblems > 0) return ExitCodes.InputProblems;
            return exit == ExitCodes.Success && parse.GetValue(strict) && advice > 0 ? ExitCodes.InputProblems : exit;
        });
        return command;
    }
}

/// <summary>Plain-text rendering of an <see cref="IdentityReport"/>, with the site.yml lines that settle each item.</summary>
internal static class IdentityReportPrinter
{
    /// <summary>A title as a YAML double-quoted string, so a title with ": " or quotes pastes into site.yml as it is.</summary>
    private static string Quoted(string title) => "\"" + title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public static void Print(IdentityReport report, bool withAuthors, TextWriter output)
    {
        var catalog = report.Catalog;
        output.WriteLine($"{catalog.Papers.Count} papers, {catalog.Authors.Count} authors, {catalog.Topics.Count} topics");
        var untopical = catalog.Papers.Count(p => p.TopicIds.Count == 0);
        if (untopical > 0) output.WriteLine($"{untopical} paper(s) have no topic: add phrases under topics.taxonomy in site.yml");

        var incomplete = catalog.Papers.Where(p => p.Gaps != EntryGaps.None).ToList();
        output.WriteLine();
        output.WriteLine($"Papers to complete (kept with what their entry gives): {incomplete.Count}");
        foreach (var p in incomplete)
        {
            output.WriteLine($"  \"{p.Title}\"  [{string.Join(", ", p.Sources)}]");
            output.WriteLine($"    {IncompletePapers.Describe(p)}");
        }

        output.WriteLine();
        output.WriteLine($"Near-duplicate papers (similar titles, not merged): {report.NearDuplicates.Count}");
        foreach (var d in report.NearDuplicates)
        {
            output.WriteLine($"  {d.Similarity.ToString("0.00", CultureInfo.InvariantCulture)}  \"{d.First.Title}\"  [{string.Join(", ", d.First.Sources)}]");
            output.WriteLine($"        \"{d.Second.Title}\"  [{string.Join(", ", d.Second.Sources)}]");
            output.WriteLine($"    one paper:        papers: {{ same: [[{Quoted(d.First.Title)}, {Quoted(d.Second.Title)}]] }}");
            output.WriteLine($"    different papers: papers: {{ distinct: [[{Quoted(d.First.Title)}, {Quoted(d.Second.Title)}]] }}");
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
