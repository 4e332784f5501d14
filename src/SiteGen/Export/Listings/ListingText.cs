namespace SiteGen.Export.Listings;

/// <summary>Helpers shared by the listing writers.</summary>
internal static class ListingText
{
    /// <summary>
    /// Collapses line breaks and runs of white space: every listing format gives a title
    /// or an abstract exactly one line, and a blank line would end the entry early.
    /// </summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
