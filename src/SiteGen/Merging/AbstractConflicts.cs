using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tex;

namespace SiteGen.Merging;

/// <summary>
/// Records merged into one paper because their titles fold to the same key, although the
/// titles are written differently ("Deep Sets" and "Deep sets") and the abstracts differ:
/// they may be two papers, and the page shows only one abstract. Each such merge is reported
/// with both sources, for a human to judge. An abstract that is the other cut short is no
/// conflict (listings often truncate them), nor is one that differs only in TeX ("100\%" and "100%").
/// </summary>
internal static class AbstractConflicts
{
    /// <param name="records">One paper's records in source order.</param>
    /// <param name="shown">The record whose abstract the page shows.</param>
    public static void Report(IReadOnlyList<PaperRecord> records, PaperRecord shown, DiagnosticBag diagnostics)
    {
        var shownText = TexProse.Words(shown.Abstract);
        foreach (var other in records)
        {
            if (other == shown || other.Abstract.Length == 0 || other.Title.Trim() == shown.Title.Trim()) continue;
            var otherText = TexProse.Words(other.Abstract);
            if (shownText.Contains(otherText, StringComparison.Ordinal)) continue;
            diagnostics.Warning(other.Source,
                $"'{other.Title}' is merged with '{shown.Title}' ({shown.Source}) as one paper although their abstracts differ; the page shows the abstract from {shown.Source}. If they are two papers, make their titles differ by more than letter case and punctuation");
        }
    }
}
