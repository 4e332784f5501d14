using FsCheck;
using FsCheck.Fluent;
using SiteGen.Model;
using SiteGen.Tests.Import;

namespace SiteGen.Tests.Export;

/// <summary>
/// Random records of the kind each listing format carries, for the writer → parser round
/// trips. Names are what listings print: initials, particles, hyphens, apostrophes,
/// diacritics, romanised CJK names, inner capitals (LeCun, McAllister), the odd mononym.
/// Category-listing titles end the way real ones do (acronyms, digits, camel case,
/// punctuation), since the parser must find the seam between title and first author.
/// Titles and abstracts of the other formats reuse the import generators' phrases.
/// </summary>
internal static class ListingRecordGenerators
{
    private static readonly string[] GivenNames =
    [
        "Yann", "Marco", "Anna", "Bobby", "Thomas", "Geoffrey E.", "J.", "J. R. R.", "Benjamin F.", "Jean-Pierre",
        "Jean-Baptiste", "Aurélien", "Zoë", "Søren", "Łukasz", "Émile", "Xiaoyu", "Zhi-Hua", "Seong Joon", "Jong-hyun",
        "Takeru", "Li", "Yi", "Da", "Di", "An", "Kaiming", "Dilxat", "Sotiris", "McKenzie", "DeAndre", "LeBron",
        "D'Arcy", "Eric Tillmann", "Maria Mihaela", "Nathanaël", "Hyung Won", "Ana María", "Quoc V.", "Sidak Pal",
    ];

    /// <summary>
    /// Family names, particles included. Inner capitals only after prefixes names really
    /// have: a family such as "JoAnne" the format cannot tell from a title word fused with
    /// a name unless another input writes it cleanly (see TitleAuthorSplitterTests).
    /// </summary>
    private static readonly string[] FamilyNames =
    [
        "LeCun", "DiMaggio", "McAllister", "DeWitt", "MacKay", "O'Neil", "d'Aspremont", "van der Klis", "von Rütte",
        "de la Cruz", "di Stefano", "Smith", "Zhang", "He", "Ng", "Le", "Ma", "Bond-Taylor", "Schäfer", "Veličković",
        "Ødegaard", "Hofmann", "Muhtar", "Anagnostidis", "FitzGerald", "LaGuardia", "DuBois", "King Jr.",
        "Pouget-Abadie", "Costa-jussà", "Nguyễn", "al-Khwarizmi", "Terzić", "Perraudin",
    ];

    private static readonly string[] Mononyms = ["Mausam", "Suharto", "Sukarno"];

    public static Gen<PersonName> FullName =>
        from given in Gen.Elements(GivenNames)
        from family in Gen.Elements(FamilyNames)
        select new PersonName(given, family);

    private static Gen<PersonName> AnyName =>
        Gen.Frequency((15, FullName), (1, Gen.Elements(Mononyms).Select(m => new PersonName("", m))));

    private static readonly string[] TitleWords =
    [
        "Learning", "Deep", "Graph", "Networks", "for", "of", "in", "the", "with", "and", "a", "on", "Scaling", "Laws",
        "Transformer", "Attention,", "Memory,", "LLMs", "GPT-4", "3D", "PointNet", "ResNet", "iPhone", "LoRA", "BERT",
        "Self-Supervised", "Vision-Language", "Towards", "Diffusion", "Über", "Ångström", "Zero-Shot", "Is", "What",
        "Do", "(Part", "I)", "x^2", "50%", "Q&A:", "\"Bitter\"", "Curse", "Depth", "Random", "Teachers", "Are",
    ];

    /// <summary>
    /// How titles end. Left out: endings that are a name prefix ("…for De" + "Ann Lee" reads as
    /// "DeAnn Lee" to anyone), which no splitter can tell apart.
    /// </summary>
    private static readonly string[] TitleEndings =
    [
        "Models", "Learning", "learning", "LLMs", "MLLMs", "7B", "70B", "GPT-4", "GPT-4o", "3D", "ViT", "PointNet",
        "ResNet", "iPhone", "LoRA", "DeBERTa", "BERTology", "AlphaZero", "Grad-CAM", "Revisited", "Learning?", "Work!",
        "(GNNs)", "(Revisited)", "2025", "II", "U-Net", "pH", "mBERT", "AI", "RLHF", "ResNet-50", "3.1", "Networks",
        "Mode-Connectivity", "Interpretability?", "Teachers'", "CNNs?", "PostgreSQL", "TinyStories", "NeurIPS", "MoE",
        "MoE?", "YOLOv8", "DINOv2", "PointNet++", "O(n)", "SO(3)", "k-NN", "H100s", "C++", "Q&A", "Über", "Vision--Language",
    ];

    private static Gen<string> CategoryTitle =>
        from count in Gen.Choose(0, 8)
        from words in Gen.ArrayOf(Gen.Elements(TitleWords), count)
        from ending in Gen.Elements(TitleEndings)
        select string.Join(' ', words.Append(ending));

    private static readonly string[] Categories = ["LG", "CL", "CV", "ML", "AI", "RO", "NE", "COMP-PH", "cs.LG", "q-bio.NC", "stat.ML", "hep-th"];

    private static readonly string[] Affiliations = ["eth-zurich", "deepmind", "princeton", "mpi", "Stanford University", "École polytechnique"];

    private static readonly string[] Organisations = ["UCSC-VLAA", "Stanford University", "Google DeepMind", "Meta AI", "ByteDance Seed", "Qwen"];

    /// <summary>
    /// A title or abstract line from the import generators' phrases. A line that starts like a
    /// BibTeX entry ("@home {braces} ...") is left out: one such line makes the whole file
    /// detect as BibTeX (BibtexParser.Detect), which is detection's concern, not these writers'.
    /// </summary>
    private static Gen<string> Line(int minWords, int maxWords) =>
        RecordGenerators.Phrase(minWords, maxWords).Where(p => !p.StartsWith('@'));

    private static Gen<string> Prose => Line(3, 30);

    private static readonly string[] PlainWords =
    [
        "we", "study", "show", "that", "the", "a", "of", "and", "to", "in", "results", "method", "model", "data",
        "training", "experiments", "benchmark", "improves", "over", "prior", "work", "code", "is", "available", "at",
        "https://github.com/x/y", "by", "two", "orders", "of", "magnitude", "\\textit{memorize}", "(SDE)", "e.g.", "i.e.",
    ];

    /// <summary>
    /// A category listing's abstract: prose that shares no word with the title, or prose that
    /// names the title, as real abstracts do. The splitter weighs whether the abstract repeats
    /// the title's last word, so an abstract that happens to hold only a piece of a camel-cased
    /// title word ("alpha" beside "AlphaZero") is a case no reader can settle and is left out.
    /// </summary>
    private static Gen<string> CategoryAbstract(string title) =>
        from count in Gen.Choose(3, 30)
        from words in Gen.ArrayOf(Gen.Elements(PlainWords), count)
        from namesTitle in Gen.Elements(false, true)
        select string.Join(' ', words) + (namesTitle ? $". We revisit {title}." : ".");

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    private static Gen<PartialDate> DayIn(int year) =>
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(year, month))
        select new PartialDate(year, month, day);

    /// <summary>A date a listing prints: often in the page's own year (written without it), else any year.</summary>
    private static Gen<PartialDate> ListingDate(int pageYear) =>
        Gen.Frequency((1, DayIn(pageYear)), (2, Gen.Choose(1990, 2099).SelectMany(DayIn)));

    private static readonly SourceLocation Generated = new("generated", 0);

    public static Gen<PaperRecord> CategoryRecord(int pageYear) =>
        from title in CategoryTitle
        // A mononym comes only after the first author: as the first, after a camel-cased title
        // word ("ResNet Models" + "Suharto"), the splitter prefers a longer name cut from the
        // title ("Net ModelsSuharto"), a limit of weighing name shapes that this leaves out.
        from first in FullName
        from others in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(AnyName, n))
        from truncated in Gen.Elements(false, true)
        from affiliations in Gen.SubListOf(Affiliations).Select(a => a.Take(2).ToList())
        from category in Gen.Elements(Categories)
        from score in Maybe(Gen.Choose(0, 1000).Select(n => n / 10.0))
        from hasCode in Gen.Elements(false, true)
        from date in ListingDate(pageYear)
        from abstractText in Gen.Frequency((1, Gen.Constant("")), (8, CategoryAbstract(title)))
        select new PaperRecord
        {
            Title = title,
            Authors = [first, .. others],
            AuthorsTruncated = truncated,
            Affiliations = affiliations,
            Category = category,
            Score = score,
            HasCode = hasCode,
            Date = date,
            Abstract = abstractText,
            Source = Generated,
            Format = ListingFormat.CategoryListing,
        };

    public static Gen<PaperRecord> DailyRecord(int pageYear) =>
        from title in Line(1, 12)
        from abstractText in Gen.Frequency((1, Gen.Constant("")), (8, Prose))
        from byCount in Gen.Elements(true, false)
        from count in Gen.Choose(1, 60)
        from organisation in Gen.Elements(Organisations)
        from date in ListingDate(pageYear)
        from upvotes in Maybe(Gen.Choose(0, 5000))
        select new PaperRecord
        {
            Title = title,
            Abstract = abstractText,
            // A daily page shows either a count or an organisation, never both.
            AuthorCount = byCount ? count : null,
            Organisation = byCount ? null : organisation,
            Date = date,
            Upvotes = upvotes,
            Source = Generated,
            Format = ListingFormat.DailyPapers,
        };

    public static Gen<PaperRecord> PublicationRecord =>
        from title in Line(1, 12)
        from authors in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(FullName, n))
        from abstractText in Gen.Frequency((1, Gen.Constant("")), (6, Prose))
        select new PaperRecord
        {
            Title = title,
            Authors = authors,
            Abstract = abstractText,
            Source = Generated,
            Format = ListingFormat.PublicationList,
        };

    /// <summary>A page year and one to eight records of that page.</summary>
    public static Arbitrary<(int PageYear, PaperRecord[] Records)> Page(Func<int, Gen<PaperRecord>> record) =>
        (from pageYear in Gen.Choose(2000, 2030)
         from records in Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(record(pageYear), n))
         select (pageYear, records)).ToArbitrary();
}
