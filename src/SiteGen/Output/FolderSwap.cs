using System.Runtime.InteropServices;

namespace SiteGen.Output;

/// <summary>
/// Puts a new folder in place of a live one. Where the system can exchange two folders in
/// one step (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np RENAME_SWAP) it does, so there
/// is no moment without the live folder, even if the process is killed: a swap done as two
/// renames, killed between them, left no output/ until the next build. Elsewhere (Windows,
/// file systems that refuse the exchange) it falls back to two renames, undoing the first if
/// the second fails.
/// </summary>
internal static partial class FolderSwap
{
    /// <summary>
    /// Makes <paramref name="fresh"/>'s content live at <paramref name="live"/>. Returns where
    /// the previous content now is (for the caller to delete), or null if there was none.
    /// </summary>
    /// <exception cref="IOException">Nothing was swapped: <paramref name="live"/> is as it was (or, if even moving it back failed, the message says where it is).</exception>
    public static string? Replace(string live, string fresh)
    {
        if (!Directory.Exists(live))
        {
            Directory.Move(fresh, live);
            return null;
        }
        if (TryExchange(live, fresh)) return fresh;

        var aside = Temporaries.NameFor(live, LeftoverFolders.OldKind);
        Directory.Move(live, aside);
        try
        {
            Directory.Move(fresh, live);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                Directory.Move(aside, live);
            }
            catch (Exception back) when (back is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"{ex.Message}; the previous site could not be moved back either ({back.Message}): it is at '{aside}', and the next build puts it back", ex);
            }
            throw;
        }
        return aside;
    }

    /// <summary>Swaps two existing folders in one step; false where the system cannot (then nothing happened).</summary>
    internal static bool TryExchange(string a, string b)
    {
        try
        {
            if (OperatingSystem.IsLinux()) return RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0;
            if (OperatingSystem.IsMacOS()) return RenameXNp(a, b, RenameSwap) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without the call (old glibc, musl before 1.2): swap in two renames.
        }
        return false;
    }

    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;
    private const uint RenameSwap = 2;

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "renamex_np", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameXNp(string from, string to, uint flags);
}
