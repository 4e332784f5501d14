using System.Globalization;

namespace SiteGen.Model;

/// <summary>
/// A publication date whose parts may each be unknown: listings give "Mar 11, 2024",
/// "Apr 6" (year implied by the page) or nothing at all.
/// </summary>
public sealed record PartialDate(int? Year, int? Month, int? Day)
{
    public static readonly PartialDate Unknown = new(null, null, null);

    /// <summary>True when the year was not written in the source but inferred (page year rule or site.yml).</summary>
    public bool YearInferred { get; init; }

    public bool IsUnknown => Year is null && Month is null && Day is null;

    /// <summary>ISO 8601 with as much precision as is known: "2024-03-11", "2024-03", "2024", or "".</summary>
    public string ToIso()
    {
        if (Year is null) return "";
        var s = Year.Value.ToString("D4", CultureInfo.InvariantCulture);
        if (Month is null) return s;
        s += "-" + Month.Value.ToString("D2", CultureInfo.InvariantCulture);
        return Day is null ? s : s + "-" + Day.Value.ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>Date parts as CSL-JSON "date-parts" wants them: [[year, month, day]] truncated at the first unknown.</summary>
    public IReadOnlyList<int> ToDateParts()
    {
        var parts = new List<int>(3);
        if (Year is { } y) { parts.Add(y); if (Month is { } m) { parts.Add(m); if (Day is { } d) parts.Add(d); } }
        return parts;
    }

    public override string ToString() => IsUnknown ? "unknown" : ToIso() + (YearInferred ? " (year inferred)" : "");
}
