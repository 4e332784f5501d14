using System.Text;

namespace SiteGen.Output;

/// <summary>
/// One file of the generated site: its path relative to the site root ('/'-separated)
/// and its bytes. Stages produce these; only the site writer touches the disk.
/// </summary>
public sealed record SiteFile(string Path, ReadOnlyMemory<byte> Content)
{
    public static SiteFile FromText(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
