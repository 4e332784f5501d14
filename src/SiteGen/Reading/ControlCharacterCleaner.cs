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

    /// <param name="lines">The file's lines, line endings already split off (so no CR or LF is left to keep).</param>
    public static IReadOnlyList<string> Clean(string name, IReadOnlyList<string> lines, DiagnosticBag diagnostics)
    {
        string[]? cleaned = null;
        var (firstLine, firstChar, count) = (-1, '\0', 0);
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines[l];
            var at = line.AsSpan().IndexOfAny(Controls);
            if (at < 0) continue;
            if (firstLine < 0) (firstLine, firstChar) = (l, line[at]);
            var chars = line.ToCharArray();
            for (var i = at; i < chars.Length; i++)
            {
                if (!Controls.Contains(chars[i])) continue;
                chars[i] = ' ';
                count++;
            }
            (cleaned ??= [.. lines])[l] = new string(chars);
        }
        if (cleaned is null) return lines;

        var more = count > 1 ? string.Create(CultureInfo.InvariantCulture, $"; {count - 1} more control character(s) in this file replaced too") : "";
        diagnostics.Warning(new SourceLocation(name, firstLine + 1), $"{Describe(firstChar)} on this line replaced with a space{more}");
        return cleaned;
    }

    private static string Describe(char c) => c == '\0'
        ? "NUL byte (U+0000)"
        : string.Create(CultureInfo.InvariantCulture, $"control character U+{(int)c:X4}");
}
