using System.CommandLine;
using SiteGen.Citation;
using SiteGen.Diagnostics;
using SiteGen.Documents;
using SiteGen.Export;
using SiteGen.Output;
using SiteGen.Pipeline;
using SiteGen.Reading;

namespace SiteGen.Cli.Commands;

/// <summary>
/// <c>sitegen export --format json|csl-json|bibtex|markdown [-o PATH]</c>: the papers as the site
/// shows them (merged, the user's corrections applied) as CSL-JSON, BibTeX or one Markdown
/// document each (into the folder -o names); or, as json, every parsed entry as read.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CommonOptions.Input();
        var strict = CommonOptions.Strict();
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: every entry as parsed, one record per listing entry; csl-json: one item per paper (Citation Style Language JSON for Zotero/citeproc); bibtex: one entry per paper; markdown: one <slug>.md per paper (Hugo/Jekyll front matter) into the -o folder",
            Required = true,
        };
        format.AcceptOnlyFromAmong("json", "csl-json", "bibtex", "markdown");
        var file = new Option<FileInfo?>("--output", "-o") { Description = "File to write (json, csl-json; default: standard output) or folder (markdown, required)" };

        var command = new Command("export", "Export the parsed papers") { input, strict, format, file };
        command.SetAction(parse =>
        {
            if (!InputFolderCheck.Exists(parse.GetValue(input)!, error)) return ExitCodes.UsageError;
            if (parse.GetValue(file) is { } chosen && InputSnapshot.WouldBeInput(parse.GetValue(input)!,
                    parse.GetValue(format) == "markdown" ? Path.Combine(chosen.FullName, "paper.md") : chosen.FullName))
            {
                // It would overwrite a listing or a paper's notes, or be read as a listing by the next build.
                error.WriteLine($"refusing to export to '{chosen.FullName}': files there are inputs (input/ and input/papers/); choose a path outside them");
                return ExitCodes.OutputFailed;
            }
            var diagnostics = new DiagnosticBag();
            if (parse.GetValue(format) == "markdown")
                return ExportMarkdown(parse.GetValue(input)!, parse.GetValue(file), parse.GetValue(strict), diagnostics, output, error);
            Action<Stream> write = parse.GetValue(format) switch
            {
                "json" => RecordsWriter(IngestPipeline.Run(parse.GetValue(input)!, diagnostics)),
                var paperFormat => PapersWriter(paperFormat!, CatalogPipeline.Run(parse.GetValue(input)!, diagnostics)),
            };

            if (parse.GetValue(file) is { } target)
            {
                if (!TryWrite(target.FullName, write, error)) return ExitCodes.OutputFailed;
            }
            else
            {
                using var buffer = new MemoryStream();
                write(buffer);
                output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                output.WriteLine();
            }
            DiagnosticPrinter.Print(diagnostics, error);
            return DiagnosticPrinter.ExitCode(diagnostics, parse.GetValue(strict));
        });
        return command;
    }

    private static Action<Stream> RecordsWriter(IngestResult ingest)
    {
        var records = ingest.Records.ToList();
        return s => JsonExporter.Write(records, s);
    }

    private static Action<Stream> PapersWriter(string format, CatalogResult result)
    {
        var papers = result.Catalog.Papers;
        var keys = UniqueCitationKeys.Assign([.. papers.Select(Reference.KeyOf)]);
        var works = papers.Select((p, i) => Reference.Of(p, result.Catalog) with { UniqueKey = keys[i] }).ToList();
        return format == "bibtex"
            ? s => s.Write(System.Text.Encoding.UTF8.GetBytes(BibtexWriter.Write(works)))
            : s => CslJsonWriter.Write(works, s);
    }

    private static int ExportMarkdown(string input, FileInfo? target, bool strict, DiagnosticBag diagnostics, TextWriter output, TextWriter error)
    {
        if (target is null)
        {
            error.WriteLine("export --format markdown needs -o FOLDER");
            return ExitCodes.UsageError;
        }
        var result = CatalogPipeline.Run(input, diagnostics);
        var files = MarkdownExporter.Export(result.Catalog, result.Addresses);
        // Unlike the site, an export folder is the user's: add files, never delete.
        try
        {
            Directory.CreateDirectory(target.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"could not write the export: {ex.Message}");
            return ExitCodes.OutputFailed;
        }
        foreach (var f in files)
            if (!TryWrite(Path.Combine(target.FullName, f.Path), s => s.Write(f.Content.Span), error)) return ExitCodes.OutputFailed;
        output.WriteLine($"{files.Count} Markdown documents written to {target.FullName}");
        DiagnosticPrinter.Print(diagnostics, error);
        return DiagnosticPrinter.ExitCode(diagnostics, strict);
    }

    /// <summary>Each export file is written whole or not at all: a full disk or a kill leaves the previous file, never half of one.</summary>
    private static bool TryWrite(string path, Action<Stream> write, TextWriter error)
    {
        try
        {
            AtomicFile.RemoveLeftovers(path); // of an export killed part-way
            AtomicFile.Write(path, write);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"could not write the export: {ex.Message}");
            return false;
        }
    }
}
