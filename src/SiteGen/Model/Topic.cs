namespace SiteGen.Model;

/// <summary>A topic papers are filed under: an arXiv category ("LG" → Machine Learning) or a taxonomy entry.</summary>
public sealed record Topic
{
    /// <summary>URL-safe id, also the topic page's path segment ("topics/{Id}.html").</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The listing's category code where the topic comes from one ("LG").</summary>
    public string? Code { get; init; }
}
