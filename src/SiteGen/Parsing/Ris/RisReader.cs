using System.Text.RegularExpressions;

namespace SiteGen.Parsing.Ris;

/// <param name="Line">0-based line of the TY tag.</param>
internal sealed record RisReference(string Type, int Line, IReadOnlyList<(string Tag, string Value, int Line)> Fields);

/// <summary>Groups RIS lines into references; stray tags and unclosed references are reported.</summary>
internal static class RisReader
{
    public static (IReadOnlyList<RisReference> References, IReadOnlyList<(int Line, string Message)> Problems) Read(IReadOnlyList<string> lines, Regex tagLine)
    {
        var references = new List<RisReference>();
        var problems = new List<(int, string)>();
        List<(string Tag, string Value, int Line)>? fields = null;
        string type = "";
        var start = 0;
        var strayFrom = -1;

        void Close(int at, bool ended)
        {
            if (fields is null) return;
            if (!ended) problems.Add((start, $"reference is not closed with 'ER  -' before {(at < lines.Count ? $"line {at + 1}" : "the end of the file")}; kept"));
            references.Add(new RisReference(type, start, fields));
            fields = null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            // Exporters pad with a BOM or trailing spaces; the tag itself is strict.
            var line = lines[i].TrimEnd();
            if (line.Length == 0) continue;
            var m = tagLine.Match(line);
            if (!m.Success)
            {
                if (fields is { Count: > 0 }) fields[^1] = fields[^1] with { Value = fields[^1].Value + " " + line.Trim() };
                else if (strayFrom < 0) strayFrom = i;
                continue;
            }
            var tag = m.Groups["tag"].Value;
            var value = m.Groups["value"].Value;
            if (tag == "TY")
            {
                Close(i, ended: false);
                fields = [];
                type = value.Trim();
                start = i;
            }
            else if (tag == "ER")
            {
                if (fields is null) problems.Add((i, "'ER  -' without a reference open; ignored"));
                Close(i, ended: true);
            }
            else if (fields is null)
            {
                if (strayFrom < 0) strayFrom = i;
            }
            else fields.Add((tag, value, i));

            if (strayFrom >= 0 && fields is not null)
            {
                problems.Add((strayFrom, "line(s) outside any reference (before 'TY  -'); skipped"));
                strayFrom = -1;
            }
        }
        Close(lines.Count, ended: false);
        if (strayFrom >= 0) problems.Add((strayFrom, "line(s) outside any reference (after the last 'ER  -'); skipped"));
        return (references, problems);
    }
}
