using System.Buffers;
using System.Text;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Copies an HTML file to the response, putting the live-reload tags just before its first
/// <c>&lt;/head&gt;</c>, in chunks: a page is never held whole (eight requests for a 57 MB page
/// held it about three times each, 2 GB in all).
/// </summary>
internal static class HeadInjector
{
    private const int ChunkSize = 64 * 1024;
    private static readonly byte[] HeadEnd = "</head>"u8.ToArray();

    public static async Task CopyAsync(Stream source, Stream target, ReadOnlyMemory<byte> insert, CancellationToken cancel)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var carried = 0; // the end of the last chunk, which may hold the start of "</head>"
            var injected = false;
            while (true)
            {
                var read = await source.ReadAsync(buffer.AsMemory(carried, ChunkSize - carried), cancel).ConfigureAwait(false);
                var length = carried + read;
                carried = 0;
                if (read == 0)
                {
                    await target.WriteAsync(buffer.AsMemory(0, length), cancel).ConfigureAwait(false);
                    return;
                }
                if (!injected && IndexOfHeadEnd(buffer.AsSpan(0, length)) is var at and >= 0)
                {
                    await target.WriteAsync(buffer.AsMemory(0, at), cancel).ConfigureAwait(false);
                    await target.WriteAsync(insert, cancel).ConfigureAwait(false);
                    await target.WriteAsync(buffer.AsMemory(at, length - at), cancel).ConfigureAwait(false);
                    injected = true;
                    continue;
                }
                var keep = injected ? 0 : Math.Min(length, HeadEnd.Length - 1);
                await target.WriteAsync(buffer.AsMemory(0, length - keep), cancel).ConfigureAwait(false);
                buffer.AsSpan(length - keep, keep).CopyTo(buffer);
                carried = keep;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Where "&lt;/head&gt;" starts, in any letter case, or -1.</summary>
    internal static int IndexOfHeadEnd(ReadOnlySpan<byte> html)
    {
        for (var i = html.IndexOf((byte)'<'); i >= 0 && i + HeadEnd.Length <= html.Length; )
        {
            if (Ascii.EqualsIgnoreCase(html.Slice(i, HeadEnd.Length), HeadEnd)) return i;
            var next = html[(i + 1)..].IndexOf((byte)'<');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return -1;
    }
}
