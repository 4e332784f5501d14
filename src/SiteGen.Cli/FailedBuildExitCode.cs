using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>
/// The exit code of a build that wrote nothing. The output writer and the overlap check
/// report their errors at the output folder, so an error located there means the site
/// could not be written (3: a folder SiteGen did not make, an I/O failure); anything else
/// stopped it — errors in the inputs or theme, or warnings under --strict — and is 1.
/// </summary>
internal static class FailedBuildExitCode
{
    public static int Of(BuildResult result, DiagnosticBag diagnostics) =>
        diagnostics.Items.Any(d => d.Severity == DiagnosticSeverity.Error && d.Location.File == result.OutputDir)
            ? ExitCodes.OutputFailed
            : ExitCodes.InputProblems;
}
