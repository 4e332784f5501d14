namespace SiteGen.Search;

/// <summary>
/// Size knobs of the index. The defaults are sized for the 100k-paper targets (issue 4): display shards
/// small enough that ten scattered results stay cheap, few enough that the whole index keeps under
/// 5,000 files; term shards near 24 KB (both measured in tests/SiteGen.E2E/Benchmark).
/// </summary>
internal sealed record SearchIndexOptions
{
    public static readonly SearchIndexOptions Default = new();

    /// <summary>Bytes a term shard aims for (a single bigger term still gets one shard).</summary>
    public int TermShardBudget { get; init; } = 24 * 1024;

    /// <summary>Bytes an ends-index shard aims for: one typo lookup reads one to three of them.</summary>
    public int EndShardBudget { get; init; } = 16 * 1024;

    /// <summary>Fewest documents per display shard (small sites: fewer, bigger files are fine).</summary>
    public int MinDocsPerShard { get; init; } = 16;

    /// <summary>
    /// Files the whole index may have (the target is under 5,000). Display shards get what the term shards,
    /// ends shards and topic sets leave: the more of them, the fewer bytes ten scattered results cost.
    /// </summary>
    public int MaxFiles { get; init; } = 4900;

    /// <summary>Abstract characters kept for the result snippet.</summary>
    public int SnippetLength { get; init; } = 120;

    /// <summary>Author names shown in a result before "et al.".</summary>
    public int MaxAuthorsShown { get; init; } = 3;

    public int DocsPerShard(int documentCount, int otherFiles)
    {
        var available = Math.Max(1, MaxFiles - otherFiles);
        return Math.Max(MinDocsPerShard, (documentCount + available - 1) / available);
    }
}
