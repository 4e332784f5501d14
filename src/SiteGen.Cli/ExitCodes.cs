namespace SiteGen.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input had problems and --strict was given (or a problem was an error).</summary>
    public const int InputProblems = 1;

    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Output could not be written (refused folder, I/O failure).</summary>
    public const int OutputFailed = 3;
}
