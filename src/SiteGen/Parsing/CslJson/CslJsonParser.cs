using System.Text.Json;
using SiteGen.Model;
using SiteGen.Parsing.Common;
using SiteGen.Parsing.Names;
using SiteGen.Reading;

namespace SiteGen.Parsing.CslJson;

/// <summary>
/// CSL-JSON, the Citation Style Language's data format, as Zotero ("Export Collection →
/// CSL JSON") and citeproc tools write it: an array of items with <c>type</c>, <c>id</c>,
/// <c>title</c>, <c>author</c> [{family, given, ...}], <c>issued</c>, <c>container-title</c>,
/// <c>DOI</c>, <c>URL</c>, <c>abstract</c>, <c>keyword</c>. An item that is not an object or
/// has no title is reported and skipped, and so is an item with a JSON syntax error: the
/// items after it are still read.
/// </summary>
public sealed class CslJsonParser : IListingParser
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public ListingFormat Format => ListingFormat.CslJson;

    public double Detect(SourceText text)
    {
        var byExtension = FileKind.HasExtension(text.Name, ".json", ".csljson", ".csl.json");
        var first = text.Lines.Select(l => l.TrimStart()).FirstOrDefault(l => l.Length > 0);
        if (first is null || (first[0] != '[' && first[0] != '{')) return 0;
        // Look for CSL's own keys near the top; any JSON with them is very likely CSL.
        var head = string.Join('\n', text.Lines.Take(200));
        var csl = head.Contains("\"title\"", StringComparison.Ordinal)
            && (head.Contains("\"issued\"", StringComparison.Ordinal) || head.Contains("\"container-title\"", StringComparison.Ordinal)
                || (head.Contains("\"type\"", StringComparison.Ordinal)
                    && (head.Contains("\"author\"", StringComparison.Ordinal) || head.Contains("\"editor\"", StringComparison.Ordinal))));
        // Without CSL's keys a .json file is some other JSON (settings, data): not ours.
        return csl ? (byExtension ? 1.0 : 0.95) : 0;
    }

    public TokenisedListing Read(SourceText text)
    {
        var problems = new List<(SourceLocation At, string Message)>();
        var items = Items(text, problems);
        return new TokenisedListing(
            lexicon =>
            {
                foreach (var (item, _) in items)
                    if (item.TryGetProperty("author", out var authors)) lexicon.AddRange(CslNames.Read(authors).Names);
            },
            context =>
            {
                foreach (var (at, message) in problems) context.Diagnostics.Warning(at, message);
                var records = new List<PaperRecord>();
                foreach (var (item, line) in items)
                    if (CslItemReader.Build(item, text.At(line), context.Diagnostics) is { } record) records.Add(record);
                return records;
            });
    }

    /// <summary>
    /// Each top-level item (the array's elements, or one object) with its 0-based line. Items are
    /// found by <see cref="JsonArrayItems"/> and parsed one by one, so invalid JSON in one item
    /// is reported (into <paramref name="problems"/>) and skips only that item.
    /// </summary>
    private static List<(JsonElement Item, int Line)> Items(SourceText text, List<(SourceLocation At, string Message)> problems)
    {
        var s = string.Join('\n', text.Lines);
        var lineOf = LineIndex(text.Lines);
        var items = new List<(JsonElement, int)>();
        var start = JsonArrayItems.SkipTrivia(s, 0);
        if (start >= s.Length) return items;
        if (s[start] == '{')
        {
            var (element, error) = ParseItem(s, start, s.Length);
            if (element is { } one) items.Add((one, lineOf(start)));
            else problems.Add((text.At(lineOf(start) + error!.Value.Line), $"invalid JSON: {error.Value.Message}; file skipped"));
            return items;
        }
        if (s[start] != '[')
        {
            problems.Add((text.At(lineOf(start)), "CSL-JSON must be an array of items; file skipped"));
            return items;
        }

        var array = new JsonArrayItems(s, start);
        while (array.Next() is { } span)
        {
            var (itemStart, itemEnd) = span;
            var line = lineOf(itemStart);
            var (element, error) = ParseItem(s, itemStart, itemEnd);
            int? resumed = null;
            if (error is not null && array.NextItemInside(itemStart, itemEnd) is { } cut)
            {
                // The item lost a closing brace or quote and the scan ran into the next item:
                // end it where the next one visibly starts, and report its own error.
                (element, error) = ParseItem(s, itemStart, cut);
                array.ResumeAt(cut);
                resumed = lineOf(cut);
            }
            if (element is not { } item)
            {
                var noticed = line + error!.Value.Line;
                var where = noticed == line ? "" : $" (noticed at line {noticed + 1})";
                var then = resumed is { } next ? $"; item skipped, reading resumes at line {next + 1}" : "; item skipped";
                problems.Add((text.At(line), $"invalid JSON in this item: {error.Value.Message}{where}{then}"));
            }
            else if (item.ValueKind == JsonValueKind.Object) items.Add((item, line));
            else problems.Add((text.At(line), $"CSL-JSON item is {item.ValueKind.ToString().ToLowerInvariant()}, not an object; skipped"));
        }
        foreach (var (offset, message) in array.Problems)
            problems.Add((text.At(lineOf(offset)), message));
        return items;
    }

    /// <summary>One item's text as JSON; on failure the error with its 0-based line within the item.</summary>
    private static (JsonElement? Element, (int Line, string Message)? Error) ParseItem(string s, int start, int end)
    {
        // Without the blank lines before a cut, "end of data" is noticed on the item's last line.
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        try
        {
            using var document = JsonDocument.Parse(s.AsMemory(start, end - start), Options);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            var message = FirstSentence(ex.Message);
            // The reader's words for a raw line break in a string, or for an item (cut at a line
            // end) ending inside one: both are how an unclosed quote shows.
            if (message.StartsWith("'0x0A' is invalid within a JSON string", StringComparison.Ordinal)
                || message.StartsWith("Expected end of string, but instead reached end of data", StringComparison.Ordinal))
                message = "a string's closing quote is missing before the end of its line";
            return (null, ((int)(ex.LineNumber ?? 0), message));
        }
    }

    /// <summary>Offset in the lines joined by '\n' → 0-based line.</summary>
    private static Func<int, int> LineIndex(IReadOnlyList<string> lines)
    {
        var starts = new int[lines.Count];
        for (int i = 0, offset = 0; i < lines.Count; offset += lines[i].Length + 1, i++) starts[i] = offset;
        return offset =>
        {
            var i = Array.BinarySearch(starts, offset);
            return Math.Max(0, i >= 0 ? i : ~i - 1);
        };
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }
}
