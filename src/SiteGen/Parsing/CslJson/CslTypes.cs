namespace SiteGen.Parsing.CslJson;

/// <summary>CSL item types ↔ BibTeX entry types.</summary>
public static class CslTypes
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.Ordinal)
    {
        ["article-journal"] = "article", ["article-magazine"] = "article", ["article-newspaper"] = "article",
        ["paper-conference"] = "inproceedings", ["book"] = "book", ["chapter"] = "incollection", ["thesis"] = "phdthesis",
        ["report"] = "techreport", ["manuscript"] = "unpublished", ["webpage"] = "online", ["post-weblog"] = "online",
        ["software"] = "software", ["dataset"] = "dataset", ["patent"] = "patent", ["article"] = "misc",
    };

    private static readonly Dictionary<string, string> Back = new(StringComparer.Ordinal)
    {
        ["article"] = "article-journal", ["inproceedings"] = "paper-conference", ["conference"] = "paper-conference",
        ["book"] = "book", ["incollection"] = "chapter", ["inbook"] = "chapter", ["phdthesis"] = "thesis", ["mastersthesis"] = "thesis",
        ["thesis"] = "thesis", ["techreport"] = "report", ["report"] = "report", ["unpublished"] = "manuscript",
        ["online"] = "webpage", ["software"] = "software", ["dataset"] = "dataset", ["patent"] = "patent",
    };

    /// <summary>CSL's "article" is a preprint or unpublished article: BibTeX's misc, as arXiv's own BibTeX export uses.</summary>
    public static string? ToBibtex(string? cslType) => cslType is null ? null : Map.GetValueOrDefault(cslType, "misc");

    /// <summary>True for the CSL types SiteGen maps ("paper-conference", "article-journal", ...).</summary>
    public static bool IsCslType(string type) => Map.ContainsKey(type);

    public static string FromBibtex(string? entryType) => entryType is null ? "article" : Back.GetValueOrDefault(entryType, "article");
}
