namespace SiteGen.Rendering;

/// <summary>
/// The value of <c>page.content</c> in the base layout: writing it renders the page's content
/// layout straight into the page, with no intermediate string.
/// </summary>
public sealed class PageContent
{
    internal static readonly PageContent Slot = new();

    private PageContent() { }

    public override string ToString() => "(the page's content)";
}
