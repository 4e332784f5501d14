using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Model;
using SiteGen.Tests.Parsing;

namespace SiteGen.Tests.Import;

/// <summary>
/// arXiv API feeds written from records parse back to the same fields. The feed writes names
/// as "Given Family" with no structure, so names here are ones that split one way only;
/// everything else (TeX specials, accents, emoji in titles and abstracts) is as random as elsewhere.
/// </summary>
public sealed class ArxivAtomRoundTripTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";

    private static Gen<PaperRecord> FeedRecord =>
        from r in RecordGenerators.Record
        from given in Gen.Elements("Ann", "Bo", "Zoë", "Łukasz", "María")
        from family in Gen.Elements("Smith", "Müller", "Ng", "Dvořák", "Okafor")
        from n in Gen.Choose(1, 4)
        from day in Gen.Choose(1, 28)
        from month in Gen.Choose(1, 12)
        from year in Gen.Choose(1991, 2030)
        from id in Gen.Choose(10000, 99999)
        from category in Gen.Elements("cs.LG", "stat.ML", "q-bio.NC", "hep-th")
        let arxiv = $"2401.{id}"
        select r with
        {
            Authors = Enumerable.Range(0, n).Select(i => new PersonName(given, family + (i == 0 ? "" : "son"))).ToList(),
            AuthorsTruncated = false,
            AuthorsAreEditors = false,
            Date = new PartialDate(year, month, day),
            Category = category,
            HasCode = false,
            Bibliographic = new Bibliographic
            {
                EntryType = r.Venue is null ? "misc" : "article",
                Doi = r.Bibliographic.Doi,
                ArxivId = arxiv,
                Url = $"http://arxiv.org/abs/{arxiv}v1",
                Keywords = [category],
                Links = new Dictionary<string, string> { ["pdf"] = $"http://arxiv.org/pdf/{arxiv}v1" },
            },
        };

    [Fact]
    public void Arxiv_atom_round_trip_is_lossless_for_the_fields_the_feed_has() =>
        Check.One(PropertyRuns.Quick(150), Prop.ForAll(
            Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(FeedRecord, n)).ToArbitrary(),
            records =>
            {
                var (result, diagnostics) = TempInput.IngestOne("query.xml", Feed(records));
                Assert.Empty(diagnostics.Items);
                var parsed = result.Records.ToList();
                Assert.Equal(records.Length, parsed.Count);
                for (var i = 0; i < records.Length; i++)
                {
                    Assert.Equal(RoundTripTests.Fields(records[i]), RoundTripTests.Fields(parsed[i]));
                    Assert.Equal(records[i].Category, parsed[i].Category);
                }
            }));

    /// <summary>A feed shaped like export.arxiv.org/api/query's, titles and abstracts wrapped as arXiv wraps them.</summary>
    private static string Feed(IEnumerable<PaperRecord> records)
    {
        var feed = new XElement(Atom + "feed", new XAttribute(XNamespace.Xmlns + "arxiv", Arxiv.NamespaceName),
            new XElement(Atom + "title", "ArXiv Query"),
            records.Select(r =>
            {
                var id = r.Bibliographic.ArxivId!;
                var date = r.Date.ToIso() + "T12:00:00Z";
                return new XElement(Atom + "entry",
                    new XElement(Atom + "id", $"http://arxiv.org/abs/{id}v1"),
                    new XElement(Atom + "published", date),
                    new XElement(Atom + "updated", date),
                    new XElement(Atom + "title", Wrap(r.Title)),
                    new XElement(Atom + "summary", "  " + Wrap(r.Abstract) + "\n"),
                    r.Authors.Select(a => new XElement(Atom + "author", new XElement(Atom + "name", a.Display))),
                    r.Bibliographic.Doi is { } doi ? new XElement(Arxiv + "doi", doi) : null,
                    r.Venue is { } venue ? new XElement(Arxiv + "journal_ref", Wrap(venue)) : null,
                    new XElement(Atom + "link", new XAttribute("href", $"http://arxiv.org/abs/{id}v1"), new XAttribute("rel", "alternate"), new XAttribute("type", "text/html")),
                    new XElement(Atom + "link", new XAttribute("title", "pdf"), new XAttribute("href", $"http://arxiv.org/pdf/{id}v1"), new XAttribute("rel", "related"), new XAttribute("type", "application/pdf")),
                    new XElement(Arxiv + "primary_category", new XAttribute("term", r.Category!)),
                    new XElement(Atom + "category", new XAttribute("term", r.Category!)));
            }));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).ToString();
    }

    /// <summary>Breaks text every few words with a newline and indentation, as the API does.</summary>
    private static string Wrap(string text) =>
        string.Join(' ', text.Split(' ').Select((w, i) => i > 0 && i % 4 == 0 ? "\n  " + w : w));
}
