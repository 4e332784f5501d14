using System.Globalization;
using System.Xml;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen.Pages;

/// <summary>sitemap.xml, robots.txt and the Atom feed. XmlWriter does the escaping.</summary>
public sealed class SiteFeeds(SiteContext site, IReadOnlyList<string> pagePaths)
{
    /// <summary>The sitemap protocol's limit of URLs per file: beyond it, sitemap.xml becomes an index of numbered parts.</summary>
    public const int UrlsPerSitemap = 50_000;

    public IEnumerable<SiteFile> Build()
    {
        yield return Robots();
        yield return Feed();
        if (!site.HasBaseUrl) yield break;
        foreach (var file in Sitemaps(pagePaths, path => site.Absolute(path)!)) yield return file;
    }

    private SiteFile Robots()
    {
        var text = "User-agent: *\nAllow: /\n";
        if (site.Absolute(SitePaths.Sitemap) is { } sitemap) text += $"Sitemap: {sitemap}\n";
        return SiteFile.FromText("robots.txt", text);
    }

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>sitemap.xml for the site's pages (not the 404 page), in path order; split into an index and parts past <paramref name="perFile"/> URLs.</summary>
    internal static IReadOnlyList<SiteFile> Sitemaps(IEnumerable<string> sitePaths, Func<string, string> absolute, int perFile = UrlsPerSitemap)
    {
        var pages = sitePaths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != SitePaths.NotFound).Order(StringComparer.Ordinal).ToList();
        if (pages.Count <= perFile) return [UrlSet(SitePaths.Sitemap, pages, absolute)];
        var parts = pages.Chunk(perFile).Select((chunk, i) => UrlSet($"sitemap-{i + 1}.xml", chunk, absolute)).ToList();
        var index = Xml(SitePaths.Sitemap, xml =>
        {
            xml.WriteStartElement("sitemapindex", SitemapNamespace);
            foreach (var part in parts)
            {
                xml.WriteStartElement("sitemap");
                xml.WriteElementString("loc", absolute(part.Path));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
        return [.. parts, index];
    }

    private static SiteFile UrlSet(string path, IEnumerable<string> pages, Func<string, string> absolute) => Xml(path, xml =>
    {
        xml.WriteStartElement("urlset", SitemapNamespace);
        foreach (var page in pages)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", absolute(page));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    /// <summary>
    /// Atom feed of the newest papers. An entry's id is its paper's permanent URL (slugs never
    /// change); without a base URL, a UUID made from the site's title and the slug, so two sites'
    /// entries never share an id (readers would merge them). Entries name only people: a paper
    /// whose listing credits an organisation or a count has no author of its own and takes the
    /// feed's (the site), as Atom requires one or the other.
    /// </summary>
    private SiteFile Feed()
    {
        const string ns = "http://www.w3.org/2005/Atom";
        var newest = site.Papers.Where(p => p.Date.Year is not null).Take(site.Config.FeedSize).ToList();
        return Xml(SitePaths.Feed, xml =>
        {
            xml.WriteStartElement("feed", ns);
            xml.WriteElementString("title", ns, site.Config.Title);
            xml.WriteElementString("id", ns, site.Absolute(SitePaths.Home) ?? Uuid(""));
            xml.WriteElementString("updated", ns, Updated(newest.FirstOrDefault()?.Date));
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, site.Config.Title);
            xml.WriteEndElement();
            Link(xml, ns, site.Absolute(SitePaths.Feed) ?? SitePaths.Feed, "self");
            Link(xml, ns, site.Absolute(SitePaths.Home) ?? SitePaths.Home, "alternate");
            foreach (var paper in newest)
            {
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, paper.Title);
                xml.WriteElementString("id", ns, site.Absolute(SitePaths.Paper(paper.Slug)) ?? Uuid(paper.Slug));
                xml.WriteElementString("published", ns, Updated(paper.Date));
                xml.WriteElementString("updated", ns, Updated(paper.Date));
                Link(xml, ns, site.Absolute(SitePaths.Paper(paper.Slug)) ?? SitePaths.Paper(paper.Slug), "alternate");
                foreach (var credit in paper.Authors)
                {
                    xml.WriteStartElement("author", ns);
                    xml.WriteElementString("name", ns, site.Catalog.Authors[credit.AuthorId].Name.Display);
                    xml.WriteEndElement();
                }
                foreach (var topic in paper.TopicIds)
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", site.Catalog.Topics[topic].Name);
                    xml.WriteEndElement();
                }
                if (paper.Abstract.Length > 0) xml.WriteElementString("summary", ns, Tex.ReadableAbstract.Of(paper.Abstract).Text);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    /// <summary>A name-based (version 5 style) UUID URN of the site's title and <paramref name="name"/>: the same every build.</summary>
    private string Uuid(string name)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(site.Config.Title + "\n" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    private static void Link(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Updated(PartialDate? date) =>
        date is { Year: { } y }
            ? new DateTime(y, date.Month ?? 1, Math.Min(date.Day ?? 1, DateTime.DaysInMonth(y, date.Month ?? 1)), 0, 0, 0, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : "1970-01-01T00:00:00Z";

    private static SiteFile Xml(string path, Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }
        return new SiteFile(path, buffer.ToArray());
    }
}
