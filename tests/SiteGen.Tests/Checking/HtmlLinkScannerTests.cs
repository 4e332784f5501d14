using System.Text;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Checking;
using SiteGen.Tests.Site;

namespace SiteGen.Tests.Checking;

/// <summary>
/// The build's link scanner against a browser's reading of the same markup (AngleSharp's DOM):
/// hand-picked tokenizer corners, every page of the shipped site, and generated markup.
/// </summary>
public sealed class HtmlLinkScannerTests(ShippedSiteFixture shipped) : IClassFixture<ShippedSiteFixture>
{
    private static PageLinks Scan(string html) => HtmlLinkScanner.Scan(Encoding.UTF8.GetBytes(html));

    /// <summary>ids, then href/src values, of every element in document order, as a browser's DOM has them.</summary>
    private static PageLinks Dom(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var ids = new List<string>();
        var links = new List<string>();
        foreach (var element in doc.All)
        {
            if (element.GetAttribute("id") is { } id) ids.Add(id);
            if (element.GetAttribute("href") is { } href) links.Add(href);
            if (element.GetAttribute("src") is { } src) links.Add(src);
        }
        return new PageLinks(ids, links);
    }

    [Theory]
    [InlineData("<a href=\"a.html\" id=\"x\">", "x", "a.html")]
    [InlineData("<a href='single.html'>", "", "single.html")]
    [InlineData("<a href=unquoted.html>", "", "unquoted.html")]
    [InlineData("<A HREF=\"upper.html\" ID=Up>", "Up", "upper.html")]
    [InlineData("<a href = \"spaced.html\" >", "", "spaced.html")]
    [InlineData("<a href=\"first.html\" href=\"second.html\">", "", "first.html")]
    [InlineData("<a href=\"q.html?a=1&amp;b=2\">", "", "q.html?a=1&b=2")]
    [InlineData("<a href=\"&#x61;.html\">", "", "a.html")]
    [InlineData("<a title=\"x > y\" href=\"after-gt.html\">", "", "after-gt.html")]
    [InlineData("<img src=\"i.png\"/><br/><a href=x.html/>", "", "i.png|x.html/")]
    [InlineData("<!-- <a href=\"commented.html\"> --><a href=\"real.html\">", "", "real.html")]
    [InlineData("<!--><a href=\"abrupt.html\">", "", "abrupt.html")]
    [InlineData("<!DOCTYPE html><?xml bogus?><a href=\"d.html\">", "", "d.html")]
    [InlineData("<script>var s = \"<a href='in-script.html'>\";</script><a href=\"out.html\">", "", "out.html")]
    [InlineData("<script type=\"application/ld+json\">{\"url\":\"</scripty><a href='x'>\"}</script >", "", "")]
    [InlineData("<style>a[href=\"css.html\"] {}</style><title><a href=t.html></title><textarea><a href=ta.html></TEXTAREA><a href=\"z.html\">", "", "z.html")]
    [InlineData("</a href=\"end-tag.html\"><a href=\"start.html\">", "", "start.html")]
    [InlineData("<a href=\"cut-off.html\"", "", "")]
    [InlineData("a < b and c<d <a id=ok>", "ok", "")]
    public void Reads_tags_and_attributes_as_the_html_tokenizer_does(string html, string ids, string links)
    {
        var scanned = Scan(html);
        Assert.Equal(ids.Length == 0 ? [] : ids.Split('|'), scanned.Ids);
        Assert.Equal(links.Length == 0 ? [] : links.Split('|'), scanned.Links);
        Assert.Equal(Dom(html).Links, scanned.Links);
    }

    [Fact]
    public void Every_shipped_page_reads_the_same_as_in_a_browser()
    {
        var pages = shipped.Site.Pages().ToList();
        Assert.True(pages.Count > 300);
        foreach (var page in pages)
        {
            var html = shipped.Site.Read(page);
            var dom = Dom(html);
            var scanned = Scan(html);
            Assert.True(dom.Ids.SequenceEqual(scanned.Ids), page + ": ids differ");
            Assert.True(dom.Links.SequenceEqual(scanned.Links), page + ": links differ");
        }
    }

    /// <summary>Pieces of markup that exercise the tokenizer's states; attribute values mix quotes, entities and spaces.</summary>
    private static readonly Gen<string> Value = Gen.Elements("a.html", "b c.html", "x&amp;y", "&#x3D;q", "it's", "say \"hi\"", "", "#frag", "../up.html?q=1");

    private static readonly Gen<string> Attribute =
        from name in Gen.Elements("id", "href", "src", "class", "ID", "Href", "title")
        from value in Value
        from style in Gen.Choose(0, 3)
        select style switch
        {
            0 => $" {name}=\"{value.Replace("\"", "&quot;", StringComparison.Ordinal)}\"",
            1 => $" {name}='{value.Replace("'", "&#39;", StringComparison.Ordinal)}'",
            2 => $" {name}={Uri.EscapeDataString(value)}",
            _ => $" {name}",
        };

    private static readonly Gen<string> Piece = Gen.OneOf(
        from tag in Gen.Elements("a", "img", "div", "span", "link", "p", "A", "section")
        from attributes in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Attribute, n))
        from selfClosing in Gen.Elements("", "/", " /")
        select $"<{tag}{string.Concat(attributes)}{selfClosing}>",
        Gen.Elements("</a>", "</div>", "</p>", "</span>", "</section>"),
        from raw in Gen.Elements("script", "style", "title", "textarea", "xmp")
        from inner in Gen.Elements("<a href=\"inside.html\">", "</scriptx>", "a < b", "<!--", "")
        select $"<{raw}>{inner}</{raw}>",
        Gen.Elements("<!-- <a href=\"c.html\"> -->", "<!---->", "<!-->", "<!DOCTYPE x>", "<?pi?>", "text < more", "&amp; &lt;a href=no&gt;", " plain text "));

    [Fact]
    public void Generated_markup_reads_the_same_as_in_a_browser()
    {
        var pages = Gen.Choose(0, 25).SelectMany(n => Gen.ArrayOf(Piece, n)).Select(pieces => "<!DOCTYPE html><html><head></head><body>" + string.Concat(pieces) + "</body></html>");
        Check.One(Import.PropertyRuns.Quick(500), Prop.ForAll(pages.ToArbitrary(), html =>
        {
            // As sets: tree construction may clone an unclosed <a> (the adoption agency), repeating
            // its attributes in the DOM; the link check only asks which ids and URLs exist.
            var dom = Dom(html);
            var scanned = Scan(html);
            return dom.Ids.ToHashSet().SetEquals(scanned.Ids) && dom.Links.ToHashSet().SetEquals(scanned.Links);
        }));
    }
}
