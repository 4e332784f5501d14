namespace SiteGen.Topics;

/// <summary>A topic of the taxonomy and the phrases that file a paper under it (matched as whole words, folded).</summary>
public sealed record TaxonomyTopic(string Name, IReadOnlyList<string> Phrases);
