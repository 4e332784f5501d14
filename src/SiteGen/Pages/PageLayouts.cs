using SiteGen.Rendering;

namespace SiteGen.Pages;

/// <summary>
/// The layouts SiteGen renders pages with and the name under which each one's view reaches
/// its template (docs/theming.md documents each). A theme must have all of them.
/// </summary>
public static class PageLayouts
{
    public static readonly ThemeLayout Paper = new("paper", "paper");
    public static readonly ThemeLayout List = new("list", "list");
    public static readonly ThemeLayout Home = new("home", "home");
    public static readonly ThemeLayout Authors = new("authors", "authors");
    public static readonly ThemeLayout Topics = new("topics", "topics");
    public static readonly ThemeLayout Years = new("years", "years");
    public static readonly ThemeLayout Search = new("search", null);
    public static readonly ThemeLayout NotFound = new("404", "not_found");
    public static readonly ThemeLayout Redirect = new("redirect", "redirect");
    public static readonly ThemeLayout People = new("people", "people");

    public static readonly IReadOnlyCollection<string> Names =
        [Paper.Name, List.Name, Home.Name, Authors.Name, Topics.Name, Years.Name, Search.Name, NotFound.Name, Redirect.Name, People.Name];
}
