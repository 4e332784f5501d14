using System.Text;

namespace SiteGen.Reading;

/// <summary>How the bytes of a file without a byte order mark are to be read.</summary>
public enum SniffedEncoding
{
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
    Binary,
}

/// <summary>
/// Decides from a file's first bytes whether it is text, and in which encoding when it has
/// no byte order mark. Unlike `file` and git, one NUL is not enough to call a file binary:
/// listings are pasted from web pages, and a NUL in one title must cost that title a
/// character, not the whole listing its papers. Binary is a share of control bytes no text
/// has, unless the NULs sit where UTF-16 text written without a BOM puts them.
/// </summary>
public static class TextSniffer
{
    /// <summary>Bytes looked at: enough to judge, few enough that a 50 MB listing costs nothing.</summary>
    public const int SampleLength = 8192;

    /// <summary>
    /// More than one sampled byte in 20 a control byte is binary. Random bytes give about one
    /// in nine; text with a stray NUL or terminal escape a handful per kilobyte at most.
    /// </summary>
    private const int ControlShareDivisor = 20;

    public static SniffedEncoding Sniff(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, SampleLength)];
        int nulAtEven = 0, nulAtOdd = 0, control = 0;
        for (var i = 0; i < head.Length; i++)
        {
            var b = head[i];
            if (b == 0)
            {
                if (i % 2 == 0) nulAtEven++;
                else nulAtOdd++;
            }
            else if (IsControlByte(b)) control++;
        }
        if (!IsMeaningfulShare(nulAtEven + nulAtOdd + control, head.Length)) return SniffedEncoding.Utf8;

        // UTF-16 text in the Latin range is every other byte NUL: after the character in
        // little-endian, before it in big-endian. Such text reads as UTF-16 only if it then
        // holds no more control characters than text would (an array of small integers does).
        if (IsOneSided(nulAtOdd, nulAtEven, head.Length) && DecodesAsText(Encoding.Unicode, head))
            return SniffedEncoding.Utf16LittleEndian;
        if (IsOneSided(nulAtEven, nulAtOdd, head.Length) && DecodesAsText(Encoding.BigEndianUnicode, head))
            return SniffedEncoding.Utf16BigEndian;
        return SniffedEncoding.Binary;
    }

    /// <summary>C0 controls other than the whitespace text files use (tab, line feed, form feed, carriage return).</summary>
    private static bool IsControlByte(byte b) => b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or 0x0C or (byte)'\r');

    private static bool IsMeaningfulShare(int count, int of) => (long)count * ControlShareDivisor > of;

    /// <summary>At least a quarter of the bytes are NULs on this side of each pair, and hardly any on the other.</summary>
    private static bool IsOneSided(int thisSide, int otherSide, int length) =>
        thisSide * 4L >= length && otherSide * 20L <= thisSide;

    private static bool DecodesAsText(Encoding utf16, ReadOnlySpan<byte> head)
    {
        var text = utf16.GetString(head[..(head.Length & ~1)]);
        var control = 0;
        foreach (var c in text)
            if (c < 0x20 && c is not ('\t' or '\n' or '\f' or '\r')) control++;
        return !IsMeaningfulShare(control, text.Length);
    }
}
