using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Text;

namespace SiteGen.Tests.Merging;

/// <summary>
/// Merging does not depend on the order of its input, on many random listings drawn from
/// look-alike titles and names (seeded, so a failure reproduces).
/// </summary>
public sealed class MergeOrderPropertyTests
{
    private static readonly string[] Titles =
    [
        "Diffusion Models for Medical Images", "diffusion models for medical images!", "Diffusion  Models for Medical Imagés",
        "Causal Discovery in Time Series", "Causal discovery in time-series", "Language Models as Reasoners", "Graph Networks v2",
    ];

    private static readonly PersonName[] Names =
    [
        new("Chris", "Holmes"), new("Christopher C", "Holmes"), new("Aurélien", "Lucchi"), new("Aurelien", "Lucchi"),
        new("J.", "Smith"), new("John", "Smith"), new("Jane", "Smith"), new("Fabian", "Falck"), new("Mercy", "Ranjit"),
        new("Mercy Prasanna", "Ranjit"), new("Ann", "Other"),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void The_catalog_is_the_same_for_every_order_of_the_records(int seed)
    {
        var random = new Random(seed);
        var records = Enumerable.Range(1, random.Next(5, 25)).Select(line => new PaperRecord
        {
            Title = Titles[random.Next(Titles.Length)],
            Authors = Names.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).ToList(),
            Date = random.Next(3) == 0 ? PartialDate.Unknown : new PartialDate(2020 + random.Next(5), random.Next(1, 13), null),
            Upvotes = random.Next(3) == 0 ? null : random.Next(100),
            Abstract = new string('x', random.Next(50)),
            Source = new SourceLocation($"f{random.Next(3)}.txt", line),
            Format = ListingFormat.CategoryListing,
        }).ToList();

        var expected = Describe(Merge(records));
        for (var shuffle = 0; shuffle < 5; shuffle++)
            Assert.Equal(expected, Describe(Merge([.. records.OrderBy(_ => random.Next())])));

        var catalog = Merge(records);
        Assert.Equal(records.Select(r => TextFolding.Key(r.Title)).Distinct().Count(), catalog.Papers.Count);
        Assert.Equal(records.Count, catalog.Papers.Sum(p => p.Sources.Count));
        Assert.All(catalog.Papers.SelectMany(p => p.Authors), c => Assert.True(catalog.Authors.ContainsKey(c.AuthorId)));
    }

    private static Catalog Merge(IReadOnlyList<PaperRecord> records) =>
        MergeStage.Run([new ParsedListing("f.txt", ListingFormat.CategoryListing, records)], SiteConfig.Default, new DiagnosticBag());

    private static string Describe(Catalog catalog) => string.Join("\n",
        catalog.Papers.Select(p => $"{p.Key}|{p.Title}|{p.Date}|{p.Upvotes}|{p.Abstract.Length}|{string.Join(",", p.Sources)}|{string.Join(",", p.Authors.Select(a => a.AuthorId + ":" + a.Name.Display))}|{string.Join(",", p.TopicIds)}")
            .Concat(catalog.Authors.Values.OrderBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => $"{a.Id}|{a.Name.Display}|{string.Join(",", a.Variants.Select(v => v.Display))}|{a.IsMember}")));
}
