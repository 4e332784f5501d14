namespace SiteGen.Parsing.Ris;

/// <summary>RIS reference types → BibTeX entry types, so the cite box writes the right kind.</summary>
internal static class RisTypes
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["JOUR"] = "article", ["JFULL"] = "article", ["MGZN"] = "article", ["NEWS"] = "article", ["EJOUR"] = "article",
        ["CONF"] = "inproceedings", ["CPAPER"] = "inproceedings", ["BOOK"] = "book", ["EBOOK"] = "book",
        ["CHAP"] = "incollection", ["ECHAP"] = "incollection", ["THES"] = "phdthesis", ["RPRT"] = "techreport",
        ["UNPB"] = "unpublished", ["MANSCPT"] = "unpublished", ["ELEC"] = "online", ["WEB"] = "online",
        ["COMP"] = "software", ["DATA"] = "dataset", ["GEN"] = "misc", ["PAT"] = "patent",
    };

    private static readonly Dictionary<string, string> Back = new(StringComparer.Ordinal)
    {
        ["article"] = "JOUR", ["inproceedings"] = "CONF", ["conference"] = "CONF", ["book"] = "BOOK", ["incollection"] = "CHAP",
        ["inbook"] = "CHAP", ["phdthesis"] = "THES", ["mastersthesis"] = "THES", ["thesis"] = "THES", ["techreport"] = "RPRT",
        ["report"] = "RPRT", ["unpublished"] = "UNPB", ["online"] = "ELEC", ["software"] = "COMP", ["dataset"] = "DATA", ["patent"] = "PAT",
    };

    public static string? ToBibtex(string risType) => risType.Length == 0 ? null : Map.GetValueOrDefault(risType, "misc");

    public static string FromBibtex(string? entryType) => entryType is null ? "GEN" : Back.GetValueOrDefault(entryType, "GEN");
}
