using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Encodes a sorted set of document ids as a short ASCII string, whichever of two forms is shorter:
/// <list type="bullet">
/// <item>gaps: each id minus the previous (the first minus -1) as a base-32 varint, one char per
/// 5 bits, high digits first; chars 0–31 of <see cref="Alphabet"/> end a number, 32–63 continue it;</item>
/// <item>bitmap: '~' then 6 documents per char from id 0 up to the last id (for terms in most documents).</item>
/// </list>
/// engine.js decodes both (function <c>decodeSet</c>).
/// </summary>
internal static class PostingSetCodec
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static string Encode(IReadOnlyList<int> sortedIds)
    {
        if (sortedIds.Count == 0) return "";
        var gaps = EncodeGaps(sortedIds);
        var bitmapLength = 1 + (sortedIds[^1] / 6) + 1;
        return gaps.Length <= bitmapLength ? gaps : EncodeBitmap(sortedIds);
    }

    public static IReadOnlyList<int> Decode(string encoded)
    {
        var ids = new List<int>();
        if (encoded.StartsWith('~'))
        {
            for (var i = 1; i < encoded.Length; i++)
            {
                var bits = Alphabet.IndexOf(encoded[i], StringComparison.Ordinal);
                for (var b = 0; b < 6; b++)
                    if ((bits & (1 << b)) != 0) ids.Add(((i - 1) * 6) + b);
            }
            return ids;
        }
        var previous = -1;
        var value = 0;
        foreach (var c in encoded)
        {
            var digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            value = (value * 32) + (digit & 31);
            if (digit < 32)
            {
                previous += value;
                ids.Add(previous);
                value = 0;
            }
        }
        return ids;
    }

    private static string EncodeGaps(IReadOnlyList<int> sortedIds)
    {
        var sb = new StringBuilder(sortedIds.Count * 2);
        Span<char> digits = stackalloc char[8];
        var previous = -1;
        foreach (var id in sortedIds)
        {
            var gap = id - previous;
            previous = id;
            var n = 0;
            digits[n++] = Alphabet[gap & 31];
            for (gap >>= 5; gap > 0; gap >>= 5) digits[n++] = Alphabet[32 + (gap & 31)];
            for (var k = n - 1; k >= 0; k--) sb.Append(digits[k]);
        }
        return sb.ToString();
    }

    private static string EncodeBitmap(IReadOnlyList<int> sortedIds)
    {
        var chars = new int[(sortedIds[^1] / 6) + 1];
        foreach (var id in sortedIds) chars[id / 6] |= 1 << (id % 6);
        var sb = new StringBuilder(chars.Length + 1).Append('~');
        foreach (var bits in chars) sb.Append(Alphabet[bits]);
        return sb.ToString();
    }
}
