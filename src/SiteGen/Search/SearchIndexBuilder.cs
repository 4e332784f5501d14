using System.Globalization;
using System.Text;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>
/// Builds the client-side search index as classic scripts under "search/", each a single
/// <c>SiteGenSearch.load(path, data)</c> call, so the index loads through &lt;script&gt; elements from
/// file:// as well as over HTTP, and a query loads only the files it needs:
/// <list type="bullet">
/// <item>search/engine.js: the client that reads all this (<see cref="SearchEngineScript"/>);</item>
/// <item>search/entry.js: document count, term and ends shard keys, year id ranges, topics (and their files' total bytes), URL affixes;</item>
/// <item>search/t/{n}.js: a term shard, a flat array term, sets, term, sets, ... (see <see cref="TermPostings.Encode"/>),
/// ordered by family key (<see cref="SearchTermKey"/>), then term: a word's forms are together;</item>
/// <item>search/d/{n}.js: display data of documents n×size … (n+1)×size−1: title, authors, date, URL, snippet;</item>
/// <item>search/f/{n}.js: the documents of topic n, for topic filters and counts;</item>
/// <item>search/e/{n}.js: the "ends" index, terms of <see cref="EndsMinLength"/>+ characters reversed, in order: words that end alike, for typos in a term's first letters.</item>
/// </list>
/// Output depends only on the documents (same input, same bytes).
/// </summary>
public static class SearchIndexBuilder
{
    public const string Folder = "search/";

    /// <summary>
    /// The index format (entry.js's "v"), which engine.js checks. 3: Chinese, Japanese and Korean text as
    /// pairs of characters, names also under their Latin spelling; 2: term shards ordered by family key
    /// (stemming); 1 (before the engine left the theme): ordered by term.
    /// </summary>
    public const int Format = 3;

    /// <summary>Shortest term in the ends index: a typo is looked for in terms of 5+ letters, one edit from terms of 4+.</summary>
    public const int EndsMinLength = 4;

    public static IReadOnlyList<SiteFile> Build(IReadOnlyList<SearchDocument> documents) =>
        Build(documents, SearchIndexOptions.Default);

    internal static IReadOnlyList<SiteFile> Build(IReadOnlyList<SearchDocument> documents, SearchIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ordered = DocumentOrder.Sort(documents);
        var files = new List<SiteFile>();

        var (shards, terms) = TermShards(ordered, options, files);
        var ends = EndShards(terms, options, files);
        var facetStart = files.Count;
        var topics = TopicFacets(ordered, files);
        var facetBytes = files.Skip(facetStart).Sum(f => (long)f.Content.Length);
        var (prefix, suffix) = UrlAffixes(ordered);
        var docsPerShard = options.DocsPerShard(ordered.Count, otherFiles: files.Count + 1);
        DisplayShards(ordered, docsPerShard, prefix, suffix, options, files);

        var entry = new StringBuilder();
        entry.Append("{\"v\":");
        ScriptLiteral.Number(entry, Format);
        entry.Append(",\"n\":");
        ScriptLiteral.Number(entry, ordered.Count);
        entry.Append(",\"dps\":");
        ScriptLiteral.Number(entry, docsPerShard);
        entry.Append(",\"up\":");
        ScriptLiteral.String(entry, prefix);
        entry.Append(",\"us\":");
        ScriptLiteral.String(entry, suffix);
        entry.Append(",\"t\":");
        ScriptLiteral.StringArray(entry, shards.Select(s => s.Key));
        entry.Append(",\"e\":");
        ScriptLiteral.StringArray(entry, ends.Select(s => s.Key));
        entry.Append(",\"y\":");
        YearRanges(ordered, entry);
        entry.Append(",\"k\":[");
        for (var i = 0; i < topics.Count; i++)
        {
            if (i > 0) entry.Append(',');
            entry.Append('[');
            ScriptLiteral.String(entry, topics[i].Id);
            entry.Append(',');
            ScriptLiteral.String(entry, topics[i].Name);
            entry.Append(',');
            ScriptLiteral.Number(entry, topics[i].Count);
            entry.Append(']');
        }
        entry.Append("],\"kb\":");
        ScriptLiteral.Number(entry, facetBytes);
        entry.Append('}');
        files.Insert(0, SiteFile.FromText(Folder + "entry.js", ScriptLiteral.LoadCall("entry", entry.ToString())));
        files.Insert(1, SearchEngineScript.File);
        return files;
    }

    private static (IReadOnlyList<TermShard> Shards, IReadOnlyList<string> Terms) TermShards(IReadOnlyList<SearchDocument> ordered, SearchIndexOptions options, List<SiteFile> files)
    {
        var postings = TermPostings.Collect(ordered);
        var keys = postings.AsParallel().AsOrdered().Select(p => SearchTermKey.Of(p.Key)).ToArray();
        // By family key, then term: engine.js finds a word's forms in the shard of its key.
        var order = Enumerable.Range(0, postings.Count).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(keys[a], keys[b]) is var c && c != 0 ? c : string.CompareOrdinal(postings[a].Key, postings[b].Key));
        var terms = order.Select(i => postings[i].Key).ToList();
        var values = order.AsParallel().AsOrdered().Select(i => TermPostings.Encode(postings[i].Value)).ToList();
        // Cost of a term in its shard: both strings, their quotes and commas (escapes aside). Planned by key,
        // so that no family is cut between shards.
        var sized = order.Select((i, n) => (keys[i], terms[n].Length + values[n].Length + 6)).ToList();
        var shards = TermShardPlanner.Plan(sized, options.TermShardBudget);
        for (var s = 0; s < shards.Count; s++)
        {
            var sb = new StringBuilder();
            sb.Append('[');
            var first = true;
            foreach (var i in shards[s].TermIndexes)
            {
                if (!first) sb.Append(',');
                ScriptLiteral.String(sb, terms[i]);
                sb.Append(',');
                ScriptLiteral.String(sb, values[i]);
                first = false;
            }
            sb.Append(']');
            var path = "t/" + Name(s);
            files.Add(SiteFile.FromText(Folder + path + ".js", ScriptLiteral.LoadCall(path, sb.ToString())));
        }
        return (shards, terms);
    }

    /// <summary>
    /// A typo in a term's first letters sorts it away from the right word, often into another term
    /// shard ("teversal" is not near "reversal"), but leaves its end intact. The ends index lists the
    /// terms reversed, sorted, in shards keyed like term shards, so engine.js finds the words ending
    /// like the typed term in one to three small files, then their postings in the term shards.
    /// Terms with surrogate pairs are left out: reversed, their pairs would be split.
    /// </summary>
    private static IReadOnlyList<TermShard> EndShards(IReadOnlyList<string> terms, SearchIndexOptions options, List<SiteFile> files)
    {
        var reversed = terms
            .Where(t => t.Length >= EndsMinLength && !t.Any(char.IsSurrogate))
            .Select(Reverse)
            .Order(StringComparer.Ordinal)
            .ToList();
        var shards = TermShardPlanner.Plan([.. reversed.Select(r => (r, r.Length + 3))], options.EndShardBudget);
        for (var s = 0; s < shards.Count; s++)
        {
            var path = "e/" + Name(s);
            var sb = new StringBuilder();
            ScriptLiteral.StringArray(sb, shards[s].TermIndexes.Select(i => reversed[i]));
            files.Add(SiteFile.FromText(Folder + path + ".js", ScriptLiteral.LoadCall(path, sb.ToString())));
        }
        return shards;
    }

    private static string Reverse(string term) => string.Create(term.Length, term, (span, t) =>
    {
        for (var i = 0; i < t.Length; i++) span[i] = t[t.Length - 1 - i];
    });

    private static IReadOnlyList<(string Id, string Name, int Count)> TopicFacets(IReadOnlyList<SearchDocument> ordered, List<SiteFile> files)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < ordered.Count; id++)
        {
            var d = ordered[id];
            for (var i = 0; i < d.TopicIds.Count; i++)
            {
                var topicId = d.TopicIds[i];
                names.TryAdd(topicId, i < d.TopicNames.Count ? d.TopicNames[i] : topicId);
                if (!members.TryGetValue(topicId, out var list)) members[topicId] = list = [];
                if (list.Count == 0 || list[^1] != id) list.Add(id);
            }
        }
        var topics = names.Keys
            .OrderBy(id => names[id], StringComparer.Ordinal).ThenBy(id => id, StringComparer.Ordinal)
            .Select(id => (id, names[id], members[id].Count)).ToList();
        for (var i = 0; i < topics.Count; i++)
        {
            var path = "f/" + Name(i);
            var sb = new StringBuilder();
            ScriptLiteral.String(sb, PostingSetCodec.Encode(members[topics[i].id]));
            files.Add(SiteFile.FromText(Folder + path + ".js", ScriptLiteral.LoadCall(path, sb.ToString())));
        }
        return topics;
    }

    private static void YearRanges(IReadOnlyList<SearchDocument> ordered, StringBuilder sb)
    {
        sb.Append('[');
        var start = 0;
        for (var id = 1; id <= ordered.Count; id++)
        {
            if (id < ordered.Count && DocumentOrder.YearOf(ordered[id]) == DocumentOrder.YearOf(ordered[start])) continue;
            if (start > 0) sb.Append(',');
            sb.Append('[');
            if (DocumentOrder.YearOf(ordered[start]) is { } year) ScriptLiteral.Number(sb, year); else sb.Append("null");
            sb.Append(',');
            ScriptLiteral.Number(sb, start);
            sb.Append(',');
            ScriptLiteral.Number(sb, id - start);
            sb.Append(']');
            start = id;
        }
        sb.Append(']');
    }

    private static void DisplayShards(IReadOnlyList<SearchDocument> ordered, int docsPerShard, string prefix, string suffix, SearchIndexOptions options, List<SiteFile> files)
    {
        for (var s = 0; s * docsPerShard < ordered.Count; s++)
        {
            var sb = new StringBuilder();
            sb.Append('[');
            for (var id = s * docsPerShard; id < Math.Min(ordered.Count, (s + 1) * docsPerShard); id++)
            {
                var d = ordered[id];
                if (id > s * docsPerShard) sb.Append(',');
                sb.Append('[');
                ScriptLiteral.String(sb, d.Title);
                sb.Append(',');
                ScriptLiteral.String(sb, AuthorLine(d.Authors, options.MaxAuthorsShown));
                sb.Append(',');
                ScriptLiteral.String(sb, d.Date);
                sb.Append(',');
                ScriptLiteral.String(sb, d.Url[prefix.Length..^suffix.Length]);
                sb.Append(',');
                ScriptLiteral.String(sb, Snippet(d.Abstract, options.SnippetLength));
                sb.Append(']');
            }
            sb.Append(']');
            var path = "d/" + s.ToString(CultureInfo.InvariantCulture);
            files.Add(SiteFile.FromText(Folder + path + ".js", ScriptLiteral.LoadCall(path, sb.ToString())));
        }
    }

    // Most URLs share "papers/" and "/index.html": written once in the entry instead of in every document.
    private static (string Prefix, string Suffix) UrlAffixes(IReadOnlyList<SearchDocument> ordered)
    {
        if (ordered.Count == 0) return ("", "");
        var prefix = ordered.Select(d => d.Url).Aggregate(CommonPrefix);
        prefix = prefix[..(prefix.LastIndexOf('/') + 1)];
        var suffix = ordered.Select(d => d.Url[prefix.Length..]).Aggregate(CommonSuffix);
        suffix = suffix[suffix.IndexOf('/', StringComparison.Ordinal) is >= 0 and var slash ? slash.. : suffix.Length..];
        if (ordered.Any(d => d.Url.Length < prefix.Length + suffix.Length)) suffix = "";
        return (prefix, suffix);
    }

    private static string CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return a[..n];
    }

    private static string CommonSuffix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[^(n + 1)] == b[^(n + 1)]) n++;
        return a[^n..];
    }

    private static string AuthorLine(IReadOnlyList<string> authors, int max) =>
        authors.Count <= max ? string.Join(", ", authors) : string.Join(", ", authors.Take(max)) + " et al.";

    /// <summary>The abstract's start, cut at a word boundary: the client highlights matches inside it.</summary>
    internal static string Snippet(string text, int length)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= length) return collapsed;
        var cut = collapsed.LastIndexOf(' ', length);
        if (cut < length / 2) cut = length;
        if (char.IsHighSurrogate(collapsed[cut - 1])) cut--;
        return collapsed[..cut] + "…";
    }

    private static string Name(int index) => index.ToString(CultureInfo.InvariantCulture);
}
