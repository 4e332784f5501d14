using SiteGen.Model;

namespace SiteGen.Bench.Corpus;

/// <summary>
/// Makes the corpus's unique papers with every field filled in; each listing format later
/// shows only what it carries (daily pages drop names, publication lists drop dates).
/// </summary>
internal sealed class PaperGenerator(ShippedProfile profile, CorpusProfile shape, NamePool names, TextSynthesizer text, int listOwners)
{
    /// <summary>Venues of the papers that come from bibliographies (BibTeX, RIS, CSL-JSON carry one; listings do not).</summary>
    private static readonly string[] Conferences = ["Advances in Neural Information Processing Systems", "International Conference on Machine Learning",
        "International Conference on Learning Representations", "Conference on Computer Vision and Pattern Recognition", "Annual Meeting of the Association for Computational Linguistics"];
    private static readonly string[] Journals = ["Journal of Machine Learning Research", "Transactions on Machine Learning Research", "Nature Machine Intelligence", "Pattern Recognition"];

    /// <summary>Real bibliographies grow year on year; later years get more papers.</summary>
    private static readonly int[] Years = Enumerable.Range(2016, 10).ToArray();
    private static readonly WeightedSampler YearSampler = new(Years.Select(y => Math.Pow(1.25, y - Years[0])));

    /// <summary>
    /// Author reuse: in the shipped profile (a pool of 3 names per paper, exponent 0.9) ~1.5 distinct
    /// authors per paper, a median of 1-2 papers each and a most prolific author on ~4% of papers at 1k
    /// (~280 of 10k, ~1,600 of 100k), close to Lotka's law for real bibliographies.
    /// </summary>
    private const double ZipfOffset = 20;

    private readonly WeightedSampler _authorRank = WeightedSampler.Zipf(names.Count, shape.ZipfExponent, ZipfOffset);

    /// <summary>Publication lists belong to a few prolific people (a group's members), each listing many papers.</summary>
    private readonly WeightedSampler _ownerRank = WeightedSampler.Zipf(Math.Min(listOwners, names.Count), 0.5, 0);

    /// <summary>A new paper; <see cref="PaperRecord.ListOwner"/> is set when it belongs on that person's publication list.</summary>
    public PaperRecord Next(Random random)
    {
        var paper = NextPaper(random);
        if (random.NextDouble() >= shape.Mix.PublicationList) return paper;
        var owner = names[_ownerRank.Next(random)];
        if (paper.Authors.Contains(owner)) return paper with { ListOwner = owner };
        var authors = paper.Authors.ToList();
        authors[random.Next(authors.Count)] = owner;
        return paper with { Authors = authors, ListOwner = owner };
    }

    private PaperRecord NextPaper(Random random)
    {
        var title = text.Title(random);
        var year = Years[YearSampler.Next(random)];
        var month = random.Next(1, 13);
        var day = random.Next(1, DateTime.DaysInMonth(year, month) + 1);
        return new PaperRecord
        {
            Title = title,
            Authors = Authors(random),
            Date = new PartialDate(year, month, day),
            Category = TextSynthesizer.Pick(profile.Categories, random),
            HasCode = random.NextDouble() < profile.CodeRate,
            Score = random.NextDouble() < profile.ScoreRate ? TextSynthesizer.Pick(profile.Scores, random) : null,
            Affiliations = random.NextDouble() < profile.AffiliationRate ? TextSynthesizer.Pick(profile.AffiliationSets, random) : [],
            Upvotes = random.NextDouble() < profile.UpvoteRate ? TextSynthesizer.Pick(profile.Upvotes, random) : null,
            Abstract = text.Abstract(title, random, shape.AbstractScale),
            Source = new SourceLocation("generated", 0),
            Format = ListingFormat.CategoryListing,
        };
    }

    /// <summary>What a bibliography entry adds to a listing's: an entry type and a venue.</summary>
    public static PaperRecord WithVenue(PaperRecord paper, Random random) =>
        random.NextDouble() < 0.6
            ? paper with { Venue = TextSynthesizer.Pick(Conferences, random), Bibliographic = new Bibliographic { EntryType = "inproceedings" } }
            : paper with { Venue = TextSynthesizer.Pick(Journals, random), Bibliographic = new Bibliographic { EntryType = "article" } };

    private List<PersonName> Authors(Random random)
    {
        var count = shape.AuthorCount(profile, random);
        var ranks = new List<int>(count);
        var attempts = 0;
        while (ranks.Count < count && attempts++ < count * 20)
        {
            var rank = _authorRank.Next(random);
            if (!ranks.Contains(rank)) ranks.Add(rank);
        }
        return ranks.Select(r => names[r]).ToList();
    }
}
