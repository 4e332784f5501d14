using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Model;
using SiteGen.Text;

// STOP-GAP: `sitegen export --format json` records → one Hugo page per paper (DIR/<slug>.md),
// the shape `sitegen export --format markdown` is to write (front matter title, date, authors,
// topics, slug), plus `years`, which Hugo needs as a taxonomy. Delete once the CLI exports Markdown.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SiteGen.Bench.StopGapMarkdown RECORDS.json OUT_DIR");
    return 2;
}

var options = new JsonSerializerOptions
{
    PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
};
List<PaperRecord> records;
using (var stream = File.OpenRead(args[0]))
    records = JsonSerializer.Deserialize<List<PaperRecord>>(stream, options) ?? [];

// One page per paper: records with the same folded title are one paper (as the merge stage does),
// keeping the names and the date of whichever record has them.
var papers = new Dictionary<string, PaperRecord>(StringComparer.Ordinal);
foreach (var record in records)
{
    var key = TextFolding.Key(record.Title);
    if (!papers.TryGetValue(key, out var seen)) { papers[key] = record; continue; }
    papers[key] = seen with
    {
        Authors = seen.Authors.Count >= record.Authors.Count ? seen.Authors : record.Authors,
        Date = seen.Date.Year is not null ? seen.Date : record.Date,
        Category = seen.Category ?? record.Category,
    };
}

Directory.CreateDirectory(args[1]);
var slugs = new HashSet<string>(StringComparer.Ordinal);
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
foreach (var paper in papers.Values)
{
    var slug = Slugifier.Slugify(paper.Title);
    for (var n = 2; !slugs.Add(slug); n++) slug = Slugifier.Slugify(paper.Title) + "-" + n;
    var md = new StringBuilder();
    md.Append("---\n");
    md.Append("title: ").Append(Quote(paper.Title)).Append('\n');
    if (paper.Date.Year is { } year)
    {
        md.Append("date: ").Append(new PartialDate(year, paper.Date.Month ?? 1, paper.Date.Day ?? 1).ToIso()).Append('\n');
        md.Append("years: [").Append(Quote(year.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append("]\n");
    }
    md.Append("authors: [").Append(string.Join(", ", paper.Authors.Select(a => Quote(a.Display)))).Append("]\n");
    md.Append("topics: [").Append(paper.Category is { } c ? Quote(c) : "").Append("]\n");
    md.Append("slug: ").Append(Quote(slug)).Append('\n');
    md.Append("---\n\n").Append(paper.Abstract).Append('\n');
    File.WriteAllText(Path.Combine(args[1], slug + ".md"), md.ToString(), utf8);
}
Console.WriteLine($"stop-gap markdown: {papers.Count} papers from {records.Count} records in {args[1]}");
return 0;

// YAML double-quoted scalar: only backslash and quote need escaping (titles have ':' and '?').
static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
