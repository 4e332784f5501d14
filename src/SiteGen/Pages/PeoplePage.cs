using SiteGen.Configuration;
using SiteGen.Merging;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Text;

namespace SiteGen.Pages;

/// <summary>
/// people.html: the group's members from site.yml, current then alumni, each with role, photo,
/// homepage and a link to their author page; and the photos, copied from input/people/ (only
/// raster images: an SVG served from the site's origin could run script).
/// </summary>
public sealed class PeoplePage(SiteContext site)
{
    public IEnumerable<SiteFile> Build()
    {
        if (!site.HasPeople) yield break;
        const string path = SitePaths.People;
        var root = SitePaths.RootFrom(path);
        var photos = new List<SiteFile>();
        var people = site.Config.Authors.Members.Select(member =>
        {
            var author = AuthorOf(member);
            var slug = author?.Id ?? Slugifier.Slugify(member.Name, 60, "member");
            string? photo = null;
            if (member.Photo is { } file && site.Photos.TryGetValue(file, out var bytes))
            {
                photo = SitePaths.Photo(slug, Path.GetExtension(file).ToLowerInvariant());
                photos.Add(new SiteFile(photo, bytes));
            }
            return (Alumni: member.Alumni, View: new PersonView(
                author?.Name.Display ?? member.Name,
                author is null ? null : root + SitePaths.Author(author.Id),
                member.Role,
                photo is null ? null : root + photo,
                member.Homepage ?? author?.Homepage,
                author is null ? 0 : site.PapersByAuthor[author.Id].Count()));
        }).ToList();
        var view = new PeopleView([.. people.Where(p => !p.Alumni).Select(p => p.View)], [.. people.Where(p => p.Alumni).Select(p => p.View)]);
        var description = PageDescriptions.People(site.Config.Title, view.Current.Select(p => p.Name));
        yield return new SiteFile(path, site.Theme.RenderPage(PageLayouts.People, view, site.Frame(path, "People", "people", description)));
        foreach (var photo in photos.DistinctBy(p => p.Path)) yield return photo;
    }

    /// <summary>The catalog's author a member entry names (any spelling of theirs), if they have papers.</summary>
    private Author? AuthorOf(MemberSetting member)
    {
        var key = NameKeys.Of(NameKeys.Parse(member.Name));
        return site.Catalog.Authors.Values.FirstOrDefault(a => a.IsMember && a.Variants.Append(a.Name).Any(v => NameKeys.Of(v) == key));
    }
}
