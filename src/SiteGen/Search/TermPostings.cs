using System.Runtime.InteropServices;

namespace SiteGen.Search;

/// <summary>For every term, the sorted ids of the documents whose field contains it, one list per <see cref="SearchField"/>.</summary>
internal static class TermPostings
{
    private const int FieldCount = 4;

    /// <summary>Documents tokenised together before their terms are filed: bounds what is held at once.</summary>
    private const int Batch = 4096;

    [ThreadStatic] private static Dictionary<string, int>? t_fields;

    /// <summary>Every term with its per-field sets, in ordinal order of the terms.</summary>
    /// <remarks>
    /// The build's hot loop on big sites, so both halves run on every core: a batch of
    /// documents is tokenised in parallel (each document's distinct terms with a bit per
    /// field), then filed in parallel into partitions by term hash, each partition walking
    /// the documents in id order so its lists stay sorted and free of repeats.
    /// </remarks>
    public static IReadOnlyList<KeyValuePair<string, List<int>?[]>> Collect(IReadOnlyList<SearchDocument> orderedDocuments)
    {
        var partitions = new Dictionary<string, List<int>?[]>[Math.Max(1, Environment.ProcessorCount)];
        for (var p = 0; p < partitions.Length; p++) partitions[p] = new Dictionary<string, List<int>?[]>(StringComparer.Ordinal);
        var batch = new KeyValuePair<string, int>[Math.Min(Batch, orderedDocuments.Count)][];
        for (var start = 0; start < orderedDocuments.Count; start += Batch)
        {
            var count = Math.Min(Batch, orderedDocuments.Count - start);
            Parallel.For(0, count, i => batch[i] = DistinctTerms(orderedDocuments[start + i]));
            Parallel.For(0, partitions.Length, p =>
            {
                var postings = partitions[p];
                for (var i = 0; i < count; i++)
                {
                    foreach (var (term, mask) in batch[i])
                    {
                        if ((uint)term.GetHashCode() % (uint)partitions.Length != p) continue;
                        ref var lists = ref CollectionsMarshal.GetValueRefOrAddDefault(postings, term, out _);
                        lists ??= new List<int>[FieldCount];
                        for (var f = 0; f < FieldCount; f++)
                            if ((mask & (1 << f)) != 0) (lists[f] ??= []).Add(start + i);
                    }
                }
            });
        }
        var all = partitions.SelectMany(p => p).ToArray();
        Array.Sort(all, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return all;
    }

    /// <summary>A document's distinct terms, each with a bit per field it occurs in.</summary>
    private static KeyValuePair<string, int>[] DistinctTerms(SearchDocument d)
    {
        var fields = t_fields ??= new Dictionary<string, int>(StringComparer.Ordinal);
        fields.Clear();
        Mark(fields, SearchField.Title, d.Title);
        foreach (var author in d.Authors) Mark(fields, SearchField.Authors, author);
        foreach (var spelling in d.AuthorSpellings ?? []) Mark(fields, SearchField.Authors, spelling);
        foreach (var topic in d.TopicNames) Mark(fields, SearchField.Topics, topic);
        Mark(fields, SearchField.Abstract, d.Abstract);
        return [.. fields];
    }

    private static void Mark(Dictionary<string, int> fields, SearchField field, string text)
    {
        var marker = new FieldMarker(fields.GetAlternateLookup<ReadOnlySpan<char>>(), 1 << (int)field);
        SearchTokenizer.IndexTerms(text, ref marker);
    }

    /// <summary>Sets a field's bit on each term; a term's string is made only when the document first has it.</summary>
    private readonly struct FieldMarker(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> fields, int bit) : SearchTokenizer.ITermSink
    {
        public void Add(ReadOnlySpan<char> term) => CollectionsMarshal.GetValueRefOrAddDefault(fields, term, out _) |= bit;
    }

    /// <summary>A term's four sets as one shard value: "title,authors,topics,abstract", trailing empties dropped.</summary>
    public static string Encode(List<int>?[] lists)
    {
        var parts = lists.Select(list => list is null ? "" : PostingSetCodec.Encode(list)).ToList();
        while (parts.Count > 1 && parts[^1].Length == 0) parts.RemoveAt(parts.Count - 1);
        return string.Join(',', parts);
    }
}
