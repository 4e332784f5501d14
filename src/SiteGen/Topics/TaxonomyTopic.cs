namespace SiteGen.Topics;

/// <summary>A topic of the taxonomy and the phrases that file a paper under it (matched as whole words, folded).</summary>
public sealed record TaxonomyTopic(string Name, IReadOnlyList<string> Phrases)
{
    /// <summary>
    /// Full arXiv codes ("cs.CV") of the categories this topic covers: a paper listed in one is
    /// filed under this topic, which keeps the listing's code, rather than under a second topic
    /// named for the category ("Computer Vision and Pattern Recognition" beside "Computer vision").
    /// </summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}
