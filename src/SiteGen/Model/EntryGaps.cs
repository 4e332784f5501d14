namespace SiteGen.Model;

/// <summary>
/// What an entry lacks, or what its parser had to guess. The entry is still a paper (it has a
/// title); the build reports each gap the user has not filled in input/papers/&lt;slug&gt;.md, and
/// <c>sitegen check</c> lists the papers that have one.
/// </summary>
[Flags]
public enum EntryGaps
{
    None = 0,

    /// <summary>No author names, count or organisation: the page shows none rather than invent any.</summary>
    NoAuthors = 1,

    /// <summary>No date (a bibliography entry without a year, a daily-page entry without its date line): the paper is Undated.</summary>
    NoDate = 2,

    /// <summary>The title and the first author were glued and the seam between them is a best guess.</summary>
    GuessedTitle = 4,
}
