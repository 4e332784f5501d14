namespace SiteGen.Model;

/// <summary>The listing formats SiteGen reads; each has one parser under <c>Parsing/</c>.</summary>
public enum ListingFormat
{
    /// <summary>Person heading, then title / "Last, First, ..." authors / abstract triples.</summary>
    PublicationList,

    /// <summary>A "Daily Papers" page: title, abstract, "• N authors" or organisation, "·", date.</summary>
    DailyPapers,

    /// <summary>"[score]CATEGORY date [Code]", title glued to authors, abstract.</summary>
    CategoryListing,

    /// <summary>A BibTeX or BibLaTeX database (.bib).</summary>
    Bibtex,

    /// <summary>An RIS export of a reference manager (TY ... ER).</summary>
    Ris,

    /// <summary>A CSL-JSON array as Zotero and citeproc tools export it.</summary>
    CslJson,

    /// <summary>An arXiv API query result (an Atom feed).</summary>
    ArxivAtom,
}
