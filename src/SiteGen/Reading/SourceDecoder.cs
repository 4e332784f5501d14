using System.Text;
using System.Text.Unicode;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Reading;

/// <summary>
/// Turns a listing's bytes into lines. Listings are scraped from the web, so this
/// accepts a BOM (UTF-8 or UTF-16) or BOM-less UTF-16, any mix of CRLF/CR/LF, and
/// repairs invalid UTF-8 and stray control characters rather than dropping a whole file
/// for one bad byte; only files that are not text at all (<see cref="TextSniffer"/>) are refused.
/// </summary>
public static class SourceDecoder
{
    /// <returns>The decoded text, or null when the file is not text at all.</returns>
    public static SourceText? Decode(string name, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8(name, bytes[3..], diagnostics);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            switch (TextSniffer.Sniff(bytes))
            {
                case SniffedEncoding.Binary:
                    diagnostics.Warning(new SourceLocation(name, 0),
                        "file is binary (many NUL or control bytes in its first 8 KiB), not a text listing; skipped");
                    return null;
                case SniffedEncoding.Utf16LittleEndian:
                    text = Encoding.Unicode.GetString(bytes);
                    break;
                case SniffedEncoding.Utf16BigEndian:
                    text = Encoding.BigEndianUnicode.GetString(bytes);
                    break;
                default:
                    text = DecodeUtf8(name, bytes, diagnostics);
                    break;
            }
        }

        return new SourceText(name, ControlCharacterCleaner.Clean(name, SplitLines(text), diagnostics));
    }

    /// <summary>A settings-like file (YAML, Markdown) as text: UTF-8 unless a BOM says UTF-16, as File.ReadAllText reads it.</summary>
    public static string DecodeText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r') continue;
            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    /// <summary>At most this many invalid lines are named one by one; the rest are counted.</summary>
    private const int MaxInvalidLinesReported = 5;

    private static string DecodeUtf8(string name, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (Utf8.IsValid(bytes)) return Encoding.UTF8.GetString(bytes);

        // Name every bad line (line numbers count LF, CR and CRLF like SplitLines) so the
        // user can find it; the lenient decoder then keeps the rest of each line.
        var invalid = new List<int>();
        var line = 1;
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            var end = i == bytes.Length || bytes[i] is (byte)'\n' or (byte)'\r';
            if (!end) continue;
            if (!Utf8.IsValid(bytes[start..i])) invalid.Add(line);
            if (i < bytes.Length && bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n') i++;
            start = i + 1;
            line++;
        }
        foreach (var bad in invalid.Take(MaxInvalidLinesReported))
            diagnostics.Warning(new SourceLocation(name, bad), "invalid UTF-8 on this line; undecodable bytes replaced with U+FFFD");
        if (invalid.Count > MaxInvalidLinesReported)
            diagnostics.Warning(new SourceLocation(name, invalid[MaxInvalidLinesReported]),
                $"invalid UTF-8 on {invalid.Count - MaxInvalidLinesReported} more line(s); undecodable bytes replaced with U+FFFD");
        return Encoding.UTF8.GetString(bytes);
    }
}
