using System.Buffers;
using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Reading;

/// <summary>
/// Replaces NUL and the other control characters with spaces. They never belong in a
/// listing, and kept they would end up in file names, HTML (where a NUL is a parse error)
/// and the terminal. A space keeps every other character where it was, so words on either
/// side stay apart and positions stay stable. The user hears of it once per file, at the
/// first one, because a scraped file that has one usually has many.
/// </summary>
public static class ControlCharacterCleaner
{
    /// <summary>C0 controls but tab, line feed and carriage return; DEL; the C1 controls.</summary>
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), '\u007F',
         .. Enumerable.Range(0x80, 0x20).Select(c => (char)c)]);

    public static string Clean(string name, string text, DiagnosticBag diagnostics)
    {
        var first = text.AsSpan().IndexOfAny(Controls);
        if (first < 0) return text;

        var chars = text.ToCharArray();
        var count = 0;
        for (var i = first; i < chars.Length; i++)
        {
            if (!Controls.Contains(chars[i])) continue;
            chars[i] = ' ';
            count++;
        }
        var more = count > 1 ? string.Create(CultureInfo.InvariantCulture, $"; {count - 1} more control character(s) in this file replaced too") : "";
        diagnostics.Warning(new SourceLocation(name, LineOf(text, first)),
            $"{Describe(text[first])} on this line replaced with a space{more}");
        return new string(chars);
    }

    private static string Describe(char c) => c == '\0'
        ? "NUL byte (U+0000)"
        : string.Create(CultureInfo.InvariantCulture, $"control character U+{(int)c:X4}");

    /// <summary>1-based line of <paramref name="index"/>, counting CRLF, CR and LF as <see cref="SourceDecoder.SplitLines"/> does.</summary>
    private static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) line++;
        }
        return line;
    }
}
