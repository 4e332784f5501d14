using System.Text;
using System.Text.Unicode;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Reading;

/// <summary>
/// Turns a listing's bytes into lines. Listings are scraped from the web, so this
/// accepts a BOM (UTF-8 or UTF-16), any mix of CRLF/CR/LF, and repairs invalid UTF-8
/// rather than dropping a whole file for one bad byte; binary files are refused.
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
            if (LooksBinary(bytes))
            {
                diagnostics.Warning(new SourceLocation(name, 0), "file is binary, not a text listing; skipped");
                return null;
            }
            text = DecodeUtf8(name, bytes, diagnostics);
        }

        // NUL and other C0 controls (except tab) never belong in a listing; they would
        // end up in file names and HTML. Replace them so positions stay stable.
        text = RemoveControlCharacters(text);
        return new SourceText(name, SplitLines(text));
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

    /// <summary>NUL bytes or many control bytes in the first 8 KiB: what `file` and git call binary.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.Length == 0) return false;
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return true;
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) control++;
        }
        return control * 20 > head.Length;
    }

    private static string RemoveControlCharacters(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\u0008') && !text.AsSpan().ContainsAnyInRange('\u000B', '\u000C')
            && !text.AsSpan().ContainsAnyInRange('\u000E', '\u001F') && !text.Contains('\u007F'))
            return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c is '\n' or '\r' or '\t' || (c >= ' ' && c != '\u007F') ? c : ' ');
        return sb.ToString();
    }
}
