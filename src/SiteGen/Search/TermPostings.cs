using System.Runtime.InteropServices;

namespace SiteGen.Search;

/// <summary>For every term, the sorted ids of the documents whose field contains it, one list per <see cref="SearchField"/>.</summary>
internal static class TermPostings
{
    private const int FieldCount = 4;

    public static Dictionary<string, List<int>?[]> Collect(IReadOnlyList<SearchDocument> orderedDocuments)
    {
        var postings = new Dictionary<string, List<int>?[]>(StringComparer.Ordinal);
        // Per document: each distinct term with a bit per field it occurs in (one hash per token,
        // one dictionary update per distinct term: the build's hot loop on big sites).
        var fields = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < orderedDocuments.Count; id++)
        {
            var d = orderedDocuments[id];
            fields.Clear();
            Mark(fields, SearchField.Title, d.Title);
            foreach (var author in d.Authors) Mark(fields, SearchField.Authors, author);
            foreach (var topic in d.TopicNames) Mark(fields, SearchField.Topics, topic);
            Mark(fields, SearchField.Abstract, d.Abstract);
            foreach (var (term, mask) in fields)
            {
                ref var lists = ref CollectionsMarshal.GetValueRefOrAddDefault(postings, term, out _);
                lists ??= new List<int>[FieldCount];
                // Ids grow with each document, so appending keeps every list sorted and free of repeats.
                for (var f = 0; f < FieldCount; f++)
                    if ((mask & (1 << f)) != 0) (lists[f] ??= []).Add(id);
            }
        }
        return postings;
    }

    private static void Mark(Dictionary<string, int> fields, SearchField field, string text)
    {
        foreach (var term in SearchTokenizer.IndexTerms(text))
            CollectionsMarshal.GetValueRefOrAddDefault(fields, term, out _) |= 1 << (int)field;
    }

    /// <summary>A term's four sets as one shard value: "title,authors,topics,abstract", trailing empties dropped.</summary>
    public static string Encode(List<int>?[] lists)
    {
        var parts = lists.Select(list => list is null ? "" : PostingSetCodec.Encode(list)).ToList();
        while (parts.Count > 1 && parts[^1].Length == 0) parts.RemoveAt(parts.Count - 1);
        return string.Join(',', parts);
    }
}
