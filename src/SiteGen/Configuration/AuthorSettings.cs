using SiteGen.Model;

namespace SiteGen.Configuration;

/// <summary>
/// The <c>authors:</c> section of site.yml: the user's word on who is who, which always
/// beats the automatic identity rules, and the group whose names the site highlights.
/// </summary>
public sealed record AuthorSettings
{
    public static readonly AuthorSettings Default = new();

    /// <summary>Names to merge into one person whatever the evidence.</summary>
    public IReadOnlyList<AuthorAlias> Aliases { get; init; } = [];

    /// <summary>Groups of names that belong to different people and must never be merged.</summary>
    public IReadOnlyList<DistinctNames> Distinct { get; init; } = [];

    /// <summary>Group members: highlighted on every page and first in the author index.</summary>
    public IReadOnlyList<MemberSetting> Members { get; init; } = [];

    /// <summary>
    /// Whether the person heading a publication list counts as a member. On by default:
    /// a publication list is that person's own page, so they belong to the group it shows.
    /// </summary>
    public bool ListOwnersAreMembers { get; init; } = true;
}

/// <summary>"Canonical Name": ["Variant", ...]; the canonical spelling is the one shown.</summary>
public sealed record AuthorAlias(string Canonical, IReadOnlyList<string> Variants, SourceLocation Location);

/// <summary>Names of different people that look alike ("Jane Smith", "J. Smith").</summary>
public sealed record DistinctNames(IReadOnlyList<string> Names, SourceLocation Location);

/// <summary>One group member; everything but the name is optional.</summary>
public sealed record MemberSetting(string Name, string? Homepage, SourceLocation Location)
{
    /// <summary>"PhD student", "Principal investigator": shown on the people page.</summary>
    public string? Role { get; init; }

    /// <summary>A photo's file name in input/people/ ("jane.jpg"), copied into the site.</summary>
    public string? Photo { get; init; }

    /// <summary>A former member: listed under Alumni on the people page.</summary>
    public bool Alumni { get; init; }

    /// <summary>The entry sets up the people page (a role, photo or status), so a member with no papers yet is expected.</summary>
    public bool HasProfile { get; init; }
}
