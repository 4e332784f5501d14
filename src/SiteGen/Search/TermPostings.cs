namespace SiteGen.Search;

/// <summary>For every term, the sorted ids of the documents whose field contains it, one list per <see cref="SearchField"/>.</summary>
internal static class TermPostings
{
    private const int FieldCount = 4;

    public static Dictionary<string, List<int>[]> Collect(IReadOnlyList<SearchDocument> orderedDocuments)
    {
        var postings = new Dictionary<string, List<int>[]>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var id = 0; id < orderedDocuments.Count; id++)
        {
            var d = orderedDocuments[id];
            Add(postings, seen, id, SearchField.Title, [d.Title]);
            Add(postings, seen, id, SearchField.Authors, d.Authors);
            Add(postings, seen, id, SearchField.Topics, d.TopicNames);
            Add(postings, seen, id, SearchField.Abstract, [d.Abstract]);
        }
        return postings;
    }

    // Ids grow with each document, so appending keeps every list sorted and free of repeats.
    private static void Add(Dictionary<string, List<int>[]> postings, HashSet<string> seen, int id, SearchField field, IEnumerable<string> texts)
    {
        seen.Clear();
        foreach (var text in texts)
            foreach (var term in SearchTokenizer.IndexTerms(text))
            {
                if (!seen.Add(term)) continue;
                if (!postings.TryGetValue(term, out var lists))
                {
                    lists = new List<int>[FieldCount];
                    for (var f = 0; f < FieldCount; f++) lists[f] = [];
                    postings[term] = lists;
                }
                lists[(int)field].Add(id);
            }
    }

    /// <summary>A term's four sets as one shard value: "title,authors,topics,abstract", trailing empties dropped.</summary>
    public static string Encode(List<int>[] lists)
    {
        var parts = lists.Select(PostingSetCodec.Encode).ToList();
        while (parts.Count > 1 && parts[^1].Length == 0) parts.RemoveAt(parts.Count - 1);
        return string.Join(',', parts);
    }
}
