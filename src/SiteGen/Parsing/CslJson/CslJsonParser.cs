using System.Text;
using System.Text.Json;
using SiteGen.Model;
using SiteGen.Parsing.Bibtex;
using SiteGen.Parsing.Names;
using SiteGen.Reading;

namespace SiteGen.Parsing.CslJson;

/// <summary>
/// CSL-JSON, the Citation Style Language's data format, as Zotero ("Export Collection →
/// CSL JSON") and citeproc tools write it: an array of items with <c>type</c>, <c>id</c>,
/// <c>title</c>, <c>author</c> [{family, given, ...}], <c>issued</c>, <c>container-title</c>,
/// <c>DOI</c>, <c>URL</c>, <c>abstract</c>, <c>keyword</c>. An item that is not an object or
/// has no title is reported and skipped; a JSON syntax error ends the file at that point.
/// </summary>
public sealed class CslJsonParser : IListingParser
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public ListingFormat Format => ListingFormat.CslJson;

    public double Detect(SourceText text)
    {
        var byExtension = BibtexParser.HasExtension(text.Name, ".json", ".csljson", ".csl.json");
        var first = text.Lines.Select(l => l.TrimStart()).FirstOrDefault(l => l.Length > 0);
        if (first is null || (first[0] != '[' && first[0] != '{')) return 0;
        // Look for CSL's own keys near the top; any JSON with them is very likely CSL.
        var head = string.Join('\n', text.Lines.Take(200));
        var csl = head.Contains("\"title\"", StringComparison.Ordinal)
            && (head.Contains("\"issued\"", StringComparison.Ordinal) || head.Contains("\"container-title\"", StringComparison.Ordinal)
                || (head.Contains("\"type\"", StringComparison.Ordinal) && head.Contains("\"author\"", StringComparison.Ordinal)));
        // Without CSL's keys a .json file is some other JSON (settings, data): not ours.
        return csl ? (byExtension ? 1.0 : 0.95) : 0;
    }

    public void ContributeNames(SourceText text, NameLexicon lexicon)
    {
        foreach (var (item, _) in Items(text, null))
            if (item.TryGetProperty("author", out var authors)) lexicon.AddRange(CslNames.Read(authors).Names);
    }

    public IReadOnlyList<PaperRecord> Parse(SourceText text, ParseContext context)
    {
        var records = new List<PaperRecord>();
        foreach (var (item, line) in Items(text, context))
            if (CslItemReader.Build(item, text.At(line), context.Diagnostics) is { } record) records.Add(record);
        return records;
    }

    /// <summary>Each top-level item (the array's elements, or one object) with its 0-based line.</summary>
    private static IEnumerable<(JsonElement Item, int Line)> Items(SourceText text, ParseContext? context)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', text.Lines));
        var items = new List<(JsonElement, int)>();
        var reader = new Utf8JsonReader(bytes, Options);
        try
        {
            if (!reader.Read()) return items;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                items.Add((JsonElement.ParseValue(ref reader), 0));
                return items;
            }
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                context?.Diagnostics.Warning(text.At(0), "CSL-JSON must be an array of items; file skipped");
                return items;
            }
            // Lines are counted incrementally from the previous item, so a huge export stays linear.
            int line = 0, counted = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                line += bytes.AsSpan(counted, start - counted).Count((byte)'\n');
                counted = start;
                var element = JsonElement.ParseValue(ref reader);
                if (element.ValueKind == JsonValueKind.Object) items.Add((element, line));
                else context?.Diagnostics.Warning(text.At(line), $"CSL-JSON item is {element.ValueKind.ToString().ToLowerInvariant()}, not an object; skipped");
            }
        }
        catch (JsonException ex)
        {
            // JSON cannot be resynchronised reliably: items before the error are kept.
            var line = (int)(ex.LineNumber ?? 0);
            context?.Diagnostics.Warning(text.At(line), $"invalid JSON: {FirstSentence(ex.Message)}; the rest of the file is skipped");
        }
        return items;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message[..cut];
    }
}
