using System.Text;

namespace SiteGen.Output;

/// <summary>
/// One file of the generated site: its path relative to the site root ('/'-separated)
/// and its bytes. Stages produce these; only the site writer touches the disk.
/// </summary>
public sealed record SiteFile(string Path, ReadOnlyMemory<byte> Content)
{
    /// <summary>What a page was made from (<see cref="Pages.PageKeys"/>): recorded, so the next build can reuse the page while it stays the same.</summary>
    public string? Key { get; init; }

    /// <summary>The last build's file, which stands for this one unrendered (then <see cref="Content"/> is empty).</summary>
    public ManifestEntry? Reused { get; init; }

    /// <summary>Bytes of the file, rendered or reused.</summary>
    public long Length => Reused?.Length ?? Content.Length;

    public static SiteFile FromText(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
