namespace SiteGen.Model;

/// <summary>
/// What kind of work a paper is, as readers of a publication list tell them apart: articles and
/// conference papers are the ordinary case and carry no label; preprints, theses, reports, books
/// and the rest are labelled in lists and get a page of their own.
/// </summary>
/// <param name="Key">Stable address part: <c>types/{Key}.html</c>.</param>
/// <param name="Name">Label on a paper ("Preprint").</param>
/// <param name="Plural">Heading of the type's list ("Preprints").</param>
/// <param name="Labelled">Shown as a label on list items (false for the ordinary kinds).</param>
public sealed record PublicationType(string Key, string Name, string Plural, bool Labelled)
{
    public static readonly PublicationType JournalArticle = new("article", "Journal article", "Journal articles", false);
    public static readonly PublicationType ConferencePaper = new("conference", "Conference paper", "Conference papers", false);
    public static readonly PublicationType Preprint = new("preprint", "Preprint", "Preprints", true);
    public static readonly PublicationType PhdThesis = new("phd-thesis", "PhD thesis", "PhD theses", true);
    public static readonly PublicationType MastersThesis = new("masters-thesis", "Master's thesis", "Master's theses", true);
    public static readonly PublicationType Thesis = new("thesis", "Thesis", "Theses", true);
    public static readonly PublicationType Report = new("report", "Report", "Reports", true);
    public static readonly PublicationType Book = new("book", "Book", "Books", true);
    public static readonly PublicationType Chapter = new("chapter", "Book chapter", "Book chapters", true);
    public static readonly PublicationType Proceedings = new("proceedings", "Proceedings", "Proceedings", true);
    public static readonly PublicationType Talk = new("talk", "Talk", "Talks", true);
    public static readonly PublicationType Software = new("software", "Software", "Software", true);
    public static readonly PublicationType Dataset = new("dataset", "Dataset", "Datasets", true);
    public static readonly PublicationType Patent = new("patent", "Patent", "Patents", true);
    public static readonly PublicationType Manual = new("manual", "Manual", "Manuals", true);
    public static readonly PublicationType Other = new("other", "Other", "Other works", false);

    /// <summary>Every type in the order lists of types show them.</summary>
    public static readonly IReadOnlyList<PublicationType> All =
    [
        JournalArticle, ConferencePaper, Preprint, Book, Chapter, Proceedings, PhdThesis, MastersThesis, Thesis,
        Report, Talk, Software, Dataset, Patent, Manual, Other,
    ];

    /// <summary>
    /// The type of <paramref name="paper"/>, from its BibTeX entry type (RIS and CSL types are
    /// mapped to BibTeX's on import). A paper from a listing (a daily-papers page, a category
    /// listing, a publication list) has no entry type: such listings are of arXiv preprints, as the
    /// CSL-JSON export says too. An @unpublished work is a preprint; a @misc one is a talk when its
    /// venue, howpublished, note or type says so, a preprint when it has an arXiv id or says
    /// "preprint"/"arXiv" there; an @article with an arXiv id and no journal is a preprint.
    /// </summary>
    public static PublicationType Of(Paper paper) => paper.Bibliographic.EntryType switch
    {
        null => Preprint,
        "article" or "periodical" => paper.Bibliographic.ArxivId is not null && paper.Venue is null ? Preprint : JournalArticle,
        "inproceedings" or "conference" => ConferencePaper,
        "book" or "booklet" => Book,
        "inbook" or "incollection" => Chapter,
        "proceedings" => Proceedings,
        "phdthesis" => PhdThesis,
        "mastersthesis" => MastersThesis,
        "thesis" => Thesis,
        "techreport" or "report" => Report,
        "software" => Software,
        "dataset" => Dataset,
        "patent" => Patent,
        "manual" => Manual,
        _ when Says(paper, "talk", "presentation", "keynote", "seminar") => Talk,
        "unpublished" => Preprint,
        _ when paper.Bibliographic.ArxivId is not null || Says(paper, "preprint", "arxiv") => Preprint,
        _ => Other,
    };

    /// <summary>Whether the venue, howpublished, note or type field has one of <paramref name="words"/>.</summary>
    private static bool Says(Paper paper, params string[] words)
    {
        var fields = paper.Bibliographic.OtherFields;
        string?[] texts = [paper.Venue, fields.GetValueOrDefault("howpublished"), fields.GetValueOrDefault("note"), fields.GetValueOrDefault("type")];
        return texts.Any(t => t is not null && words.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }
}
