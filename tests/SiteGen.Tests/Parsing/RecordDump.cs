using System.Globalization;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Tests.Parsing;

/// <summary>
/// A readable, stable text form of parsed records and diagnostics for golden files:
/// one block per record, then the diagnostics as "file(line): severity: message".
/// </summary>
internal static class RecordDump
{
    private const int AbstractPreview = 60;

    public static string Write(IEnumerable<PaperRecord> records, IEnumerable<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        var n = 0;
        foreach (var r in records)
        {
            n++;
            sb.Append(CultureInfo.InvariantCulture, $"#{n} {r.Source} {r.Format}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  title:     {r.Title}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  authors:   {(r.Authors.Count == 0 ? "-" : string.Join("; ", r.Authors.Select(a => $"{a.Given} | {a.Family}")))}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  count:     {Show(r.AuthorCount)}   organisation: {r.Organisation ?? "-"}   truncated: {YesNo(r.AuthorsTruncated)}\n");
            if (r.Affiliations.Count > 0) sb.Append(CultureInfo.InvariantCulture, $"  affil:     {string.Join(", ", r.Affiliations)}\n");
            if (r.ListOwner is { } owner) sb.Append(CultureInfo.InvariantCulture, $"  owner:     {owner.Given} | {owner.Family}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  date:      {(r.Date.IsUnknown ? "-" : r.Date.ToIso())}   year inferred: {YesNo(r.Date.YearInferred)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  category:  {r.Category ?? "-"}   code: {YesNo(r.HasCode)}   score: {Show(r.Score)}   upvotes: {Show(r.Upvotes)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  abstract:  {Preview(r.Abstract)}\n");
            if (r.Gaps != EntryGaps.None) sb.Append(CultureInfo.InvariantCulture, $"  gaps:      {r.Gaps}\n");
            WriteBibliographic(sb, r);
        }
        sb.Append(CultureInfo.InvariantCulture, $"-- {n} record(s)\n");
        foreach (var d in diagnostics.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Message, StringComparer.Ordinal))
            sb.Append(d).Append('\n');
        return sb.ToString();
    }

    /// <summary>Only for records that carry bibliographic fields, so listing golden files stay as they were.</summary>
    private static void WriteBibliographic(StringBuilder sb, PaperRecord r)
    {
        var b = r.Bibliographic;
        if (r.Venue is null && b.Richness == 0) return;
        sb.Append(CultureInfo.InvariantCulture, $"  type:      {b.EntryType ?? "-"}   key: {string.Join(", ", b.CitationKeys.DefaultIfEmpty("-"))}   selected: {YesNo(b.Selected)}\n");
        if (r.AuthorsAreEditors) sb.Append("  editors:   the authors above (the entry names editors only)\n");
        if (b.Editors.Count > 0)
            sb.Append(CultureInfo.InvariantCulture, $"  editors:   {string.Join("; ", b.Editors.Select(e => $"{e.Given} | {e.Family}"))}{(b.EditorsTruncated ? "; others" : "")}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  venue:     {r.Venue ?? "-"}\n");
        foreach (var name in Bibliographic.OtherFieldNames.Where(b.OtherFields.ContainsKey))
            sb.Append(CultureInfo.InvariantCulture, $"  field:     {name} = {b.OtherFields[name]}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  doi:       {b.Doi ?? "-"}   arxiv: {b.ArxivId ?? "-"}   url: {b.Url ?? "-"}\n");
        if (b.Keywords.Count > 0) sb.Append(CultureInfo.InvariantCulture, $"  keywords:  {string.Join("; ", b.Keywords)}\n");
        foreach (var (kind, href) in b.Links.OrderBy(l => l.Key, StringComparer.Ordinal))
            sb.Append(CultureInfo.InvariantCulture, $"  link:      {kind} {href}\n");
    }

    private static string Preview(string text) =>
        text.Length == 0 ? "-" : text.Length <= AbstractPreview ? text : text[..AbstractPreview] + "…";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Show(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
