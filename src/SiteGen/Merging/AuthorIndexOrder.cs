using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Merging;

/// <summary>
/// The author index's order: group members first (site.yml members and list owners), then
/// everyone by family name, given name and id, folded so "Ötzi" files under O, not after Z.
/// </summary>
public static class AuthorIndexOrder
{
    public static IReadOnlyList<Author> Sort(IEnumerable<Author> authors) =>
        authors
            .OrderByDescending(a => a.IsMember)
            .ThenBy(a => TextFolding.Key(a.Name.Family), StringComparer.Ordinal)
            .ThenBy(a => TextFolding.Key(a.Name.Given), StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
}
