using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SiteGen.Model;

namespace SiteGen.Pages;

/// <summary>
/// Keys of what each paper page and list page is made from, so a rebuild renders only the pages
/// an edit reaches (issue 17): a page whose key is the last build's is that build's file.
/// <para>
/// A page shows its papers, their authors and topics (names, ids, membership), its neighbours
/// and related papers, and what every page shows (the site's settings, theme, base URL and
/// SiteGen itself: <paramref name="siteKey"/>). Each paper's key hashes the whole paper record
/// and the records of its authors and topics, serialised field by field, so a field added to the
/// model later is in the key without anyone remembering to add it. A key may change when the
/// page does not (then the page is rendered again, as before); the reverse would leave a stale
/// page, which the tests that compare a rebuild with a full build, byte for byte, look for.
/// </para>
/// </summary>
/// <param name="siteKey">Everything every page depends on (see <see cref="Pipeline.BuildPipeline"/>).</param>
public sealed class PageKeys
{
    private readonly SiteContext _site;
    private readonly string _siteKey;
    private readonly byte[][] _items;

    public PageKeys(SiteContext site, string siteKey)
    {
        _site = site;
        _siteKey = siteKey;
        var authors = site.Catalog.Authors.AsParallel().ToDictionary(a => a.Key, a => Digest(a.Value), StringComparer.Ordinal);
        var topics = site.Catalog.Topics.ToDictionary(t => t.Key, t => Digest(t.Value), StringComparer.Ordinal);
        _items = new byte[site.Papers.Count][];
        Parallel.For(0, _items.Length, i =>
        {
            var paper = site.Papers[i];
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(Digest(paper));
            // Its citation key, when another paper had it first: shown in its BibTeX wherever it is listed.
            Append(hash, site.UniqueCitationKey(paper) ?? "\u0001");
            foreach (var credit in paper.Authors) hash.AppendData(authors[credit.AuthorId]);
            hash.AppendData([0]);
            foreach (var topic in paper.TopicIds) hash.AppendData(topics[topic]);
            _items[i] = hash.GetHashAndReset();
        });
    }

    /// <summary>The paper page of the paper at <paramref name="position"/>.</summary>
    public string PaperPage(int position, IReadOnlyList<Paper> related, IReadOnlyList<string> formerSlugs)
    {
        var key = Start("paper");
        key.AppendData(_items[position]);
        Append(key, position > 0 ? _items[position - 1] : []);
        Append(key, position + 1 < _items.Length ? _items[position + 1] : []);
        foreach (var paper in related) key.AppendData(_items[_site.Position[paper.Key]]);
        foreach (var slug in formerSlugs) Append(key, slug);
        return Finish(key);
    }

    /// <summary>
    /// One page of a paper list: the papers on it, and <paramref name="shown"/>, everything else the
    /// page shows (heading, place in the list, description, links, an author's co-authors...), serialised.
    /// </summary>
    public string ListPage(IReadOnlyList<Paper> items, params object?[] shown)
    {
        var key = Start("list");
        Append(key, JsonSerializer.SerializeToUtf8Bytes(shown, Json));
        foreach (var paper in items) key.AppendData(_items[_site.Position[paper.Key]]);
        return Finish(key);
    }

    /// <summary>A file made from <paramref name="papers"/> alone (a .bib download): their records, in order.</summary>
    public string PaperSet(string kind, IReadOnlyList<Paper> papers)
    {
        var key = Start(kind);
        foreach (var paper in papers) key.AppendData(_items[_site.Position[paper.Key]]);
        return Finish(key);
    }

    private IncrementalHash Start(string kind)
    {
        var key = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(key, _siteKey);
        Append(key, kind);
        return key;
    }

    private static string Finish(IncrementalHash key)
    {
        using (key) return Convert.ToHexStringLower(key.GetHashAndReset().AsSpan(0, 16));
    }

    /// <summary>Length-prefixed, so no two sequences of parts hash alike.</summary>
    private static void Append(IncrementalHash key, ReadOnlySpan<byte> part)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, part.Length);
        key.AppendData(length);
        key.AppendData(part);
    }

    private static void Append(IncrementalHash key, string part) => Append(key, Encoding.UTF8.GetBytes(part));

    /// <summary>A record's every field, serialised and hashed.</summary>
    private static byte[] Digest<T>(T record) => SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, Json));

    private static readonly JsonSerializerOptions Json = new() { IncludeFields = false };
}
