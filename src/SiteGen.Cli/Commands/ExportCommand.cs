using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Export;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Commands;

/// <summary><c>sitegen export --format json|csl-json [-o FILE]</c>: the parsed records for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = CommonOptions.Input();
        var strict = CommonOptions.Strict();
        var format = new Option<string>("--format", "-f")
        {
            Description = "json: every parsed field; csl-json: Citation Style Language JSON for Zotero/citeproc",
            Required = true,
        };
        format.AcceptOnlyFromAmong("json", "csl-json");
        var file = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of standard output" };

        var command = new Command("export", "Export the parsed papers") { input, strict, format, file };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var result = IngestPipeline.Run(parse.GetValue(input)!, diagnostics);
            var records = result.Records.ToList();
            Action<Stream> write = parse.GetValue(format) == "csl-json"
                ? s => CslJsonExporter.Write(records, s)
                : s => JsonExporter.Write(records, s);

            if (parse.GetValue(file) is { } target)
            {
                using var stream = target.Create();
                write(stream);
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
}
