using SiteGen.Model;

namespace SiteGen.Merging;

/// <summary>
/// A merged paper before authors and topics are resolved: the <see cref="Paper"/> with every
/// field but <c>Authors</c> and <c>TopicIds</c>, plus what later steps need to fill those in.
/// </summary>
internal sealed record PaperDraft(
    Paper Paper,
    IReadOnlyList<PersonName> AuthorNames,
    IReadOnlyList<PersonName> ListOwners)
{
    /// <summary>The abstracts of the entries merged into the paper, when there are several (the paper shows the longest).</summary>
    public IReadOnlyList<string> EntryAbstracts { get; init; } = [];
}
