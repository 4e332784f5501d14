namespace SiteGen.Model;

/// <summary>One person of the catalog, however many ways the listings write the name.</summary>
public sealed record Author
{
    /// <summary>URL-safe id, also the author page's path segment ("authors/{Id}.html").</summary>
    public required string Id { get; init; }

    /// <summary>The name shown on the author page (the fullest spelling seen).</summary>
    public required PersonName Name { get; init; }

    /// <summary>Every spelling merged into this author, <see cref="Name"/> included.</summary>
    public IReadOnlyList<PersonName> Variants { get; init; } = [];

    /// <summary>A group member listed in site.yml (highlighted, first in the author index).</summary>
    public bool IsMember { get; init; }

    public string? Homepage { get; init; }

    /// <summary>A member's role from site.yml ("PhD student").</summary>
    public string? Role { get; init; }

    /// <summary>A member's photo: its file name in input/people/.</summary>
    public string? Photo { get; init; }

    /// <summary>A former member (site.yml status: alumni).</summary>
    public bool Alumni { get; init; }
}
