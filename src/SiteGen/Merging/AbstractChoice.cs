using SiteGen.Model;
using SiteGen.Tex;

namespace SiteGen.Merging;

/// <summary>
/// Which of a paper's records gives its abstract: the richest (longest, listings cut abstracts short),
/// unless another says the same thing (the same words once TeX is folded away, <see cref="TexProse.Words"/>)
/// with less TeX markup: "100%" over "100\%", "O(n)" over "$\mathcal{O}(n)$". Ties go to the first listed.
/// </summary>
internal static class AbstractChoice
{
    public static PaperRecord Of(IReadOnlyList<PaperRecord> records)
    {
        var richest = records.MaxBy(r => r.Abstract.Length)!;
        if (records.Count == 1 || richest.Abstract.Length == 0) return richest;
        var words = TexProse.Words(richest.Abstract);
        return records.Where(r => r == richest || (r.Abstract.Length > 0 && TexProse.Words(r.Abstract) == words))
            .MinBy(r => TexProse.Markup(r.Abstract))!;
    }
}
