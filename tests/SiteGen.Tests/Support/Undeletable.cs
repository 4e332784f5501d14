using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// Makes a file or folder that nobody can delete or rename, as a file owned by another user or
/// marked immutable is for a build: with chattr +i (Linux; tests run as root, which ignores
/// permissions but not this flag). Disposing clears the flag so the test can clean up.
/// </summary>
internal sealed class Undeletable : IDisposable
{
    private readonly string _path;

    public Undeletable(string path)
    {
        _path = path;
        Chattr("+i");
    }

    /// <summary>Clears the flag under <paramref name="root"/> wherever the file went (a build may have moved it).</summary>
    public static void ClearAll(string root) => Run("-R", "-i", root);

    public void Dispose() => Chattr("-i");

    private void Chattr(string flag)
    {
        var (code, error) = Run(flag, _path);
        Assert.True(code == 0, $"chattr {flag} {_path} failed ({error.Trim()}): this test needs Linux, ext4-like file systems and CAP_LINUX_IMMUTABLE");
    }

    private static (int Code, string Error) Run(params string[] args)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", args) { RedirectStandardError = true, UseShellExecute = false })!;
        var error = chattr.StandardError.ReadToEnd();
        chattr.WaitForExit();
        return (chattr.ExitCode, error);
    }
}
