using SiteGen.Model;

namespace SiteGen.Configuration;

/// <summary>The <c>topics:</c> section of site.yml: how papers are filed under topics.</summary>
public sealed record TopicSettings
{
    public static readonly TopicSettings Default = new();

    /// <summary>Keep the built-in machine-learning taxonomy (user entries extend or replace its topics).</summary>
    public bool UseDefaults { get; init; } = true;

    /// <summary>At most this many taxonomy topics per paper (its listing category comes on top).</summary>
    public int MaxPerPaper { get; init; } = 3;

    /// <summary>User topics: a name and the phrases that file a paper under it.</summary>
    public IReadOnlyList<TopicEntry> Taxonomy { get; init; } = [];
}

/// <summary>A user topic from site.yml; an entry named like a default topic replaces its phrases.</summary>
public sealed record TopicEntry(string Name, IReadOnlyList<string> Phrases, SourceLocation Location);
