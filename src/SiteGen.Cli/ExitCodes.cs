namespace SiteGen.Cli;

/// <summary>Process exit codes, documented in the README and at the end of every command's help.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The inputs or theme had errors, warnings under --strict, or (check) the built site is broken.</summary>
    public const int InputProblems = 1;

    /// <summary>The command line was wrong, --input names a folder that does not exist, or serve's port is taken.</summary>
    public const int UsageError = 2;

    /// <summary>Output could not be written (a folder SiteGen did not make, I/O failure, an export into the input folder).</summary>
    public const int OutputFailed = 3;

    /// <summary>The help text's exit code section, kept beside the codes it describes.</summary>
    public static readonly string[] Described =
    [
        $"{Success}  success",
        $"{InputProblems}  input problems: errors in the inputs or theme, warnings under --strict, a broken built site (check)",
        $"{UsageError}  wrong command line, the --input folder does not exist, or serve's --port is taken",
        $"{OutputFailed}  output could not be written: a folder SiteGen did not make, an I/O failure, a --zip target that is not SiteGen's, an export into the input folder",
    ];
}
