namespace SiteGen.Bench.Corpus;

/// <summary>
/// The shape of a generated corpus beyond what the shipped input measures: how many authors a
/// paper has, how often names recur, how long abstracts are and which file formats the papers
/// come in. Three profiles, so that the benchmark is not tuned to one shape (issue 17).
/// </summary>
/// <param name="AuthorsPerPaper">Null: the shipped distribution; else authors are drawn 1..max with this mean (geometric tail).</param>
/// <param name="NamesPerPaper">Size of the name pool per paper: lower means more reuse (the shipped profile: 3).</param>
/// <param name="ZipfExponent">How strongly a few names dominate (the shipped profile: 0.9).</param>
/// <param name="AbstractScale">Abstract length relative to the shipped ones.</param>
/// <param name="Mix">Share of papers per file format (publication lists are the list owners' papers).</param>
internal sealed record CorpusProfile(
    string Name,
    string Description,
    double? AuthorsPerPaper,
    int MaxAuthors,
    double NamesPerPaper,
    double ZipfExponent,
    double AbstractScale,
    FormatMix Mix)
{
    /// <summary>The shipped input's shape: ~5 authors per paper, listings in the three formats.</summary>
    public static readonly CorpusProfile Shipped = new("shipped",
        "the shipped input's distributions: ~5.4 authors per paper, ~1.5 distinct names per paper, 212-word abstracts, the three listing formats",
        AuthorsPerPaper: null, MaxAuthors: 40, NamesPerPaper: 3, ZipfExponent: 0.9, AbstractScale: 1.0,
        new FormatMix(PublicationList: 0.15, Daily: 0.4675, Category: 0.3825, Bibtex: 0, Ris: 0, CslJson: 0));

    /// <summary>A group's bibliographies: long author lists of few recurring people, short abstracts, mostly BibTeX, RIS and CSL-JSON.</summary>
    public static readonly CorpusProfile Bibliographies = new("bibliographies",
        "a lab's bibliographies: ~10 authors per paper (up to 80) from a small recurring pool, abstracts 40% of the shipped length, 45% BibTeX, 20% RIS, 15% CSL-JSON, 20% publication lists",
        AuthorsPerPaper: 10, MaxAuthors: 80, NamesPerPaper: 0.4, ZipfExponent: 1.1, AbstractScale: 0.4,
        new FormatMix(PublicationList: 0.2, Daily: 0, Category: 0, Bibtex: 0.45, Ris: 0.2, CslJson: 0.15));

    /// <summary>A preprint firehose: two or three authors per paper, rarely the same people, long abstracts, listings only.</summary>
    public static readonly CorpusProfile Firehose = new("firehose",
        "an arXiv-like stream: ~2.5 authors per paper (up to 8) from a large pool seldom reused, abstracts 1.7x the shipped length, 60% daily pages, 40% category listings",
        AuthorsPerPaper: 2.5, MaxAuthors: 8, NamesPerPaper: 8, ZipfExponent: 0.6, AbstractScale: 1.7,
        new FormatMix(PublicationList: 0, Daily: 0.6, Category: 0.4, Bibtex: 0, Ris: 0, CslJson: 0));

    public static readonly IReadOnlyList<CorpusProfile> All = [Shipped, Bibliographies, Firehose];

    public static CorpusProfile? Named(string name) => All.FirstOrDefault(p => p.Name == name);

    /// <summary>Draws an author count: the shipped distribution, or a geometric one with the profile's mean.</summary>
    public int AuthorCount(ShippedProfile shipped, Random random)
    {
        if (AuthorsPerPaper is not { } mean) return Math.Min(TextSynthesizer.Pick(shipped.AuthorCounts, random), MaxAuthors);
        var p = 1 / mean;
        var n = 1 + (int)Math.Floor(Math.Log(1 - random.NextDouble()) / Math.Log(1 - p));
        return Math.Clamp(n, 1, MaxAuthors);
    }
}

/// <summary>Shares of papers by the format of the file they first appear in (they add up to 1).</summary>
internal sealed record FormatMix(double PublicationList, double Daily, double Category, double Bibtex, double Ris, double CslJson);
