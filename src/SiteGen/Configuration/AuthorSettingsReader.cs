using YamlDotNet.RepresentationModel;

namespace SiteGen.Configuration;

/// <summary>
/// Reads the <c>authors:</c> section:
/// <code>
/// authors:
///   aliases: { "Chris Holmes": ["Christopher C Holmes", "C. Holmes"] }
///   distinct: [["Jane Smith", "J. Smith"]]
///   members: [{ name: Fabian Falck, homepage: https://example.org, role: PhD student, photo: fabian.jpg, status: alumni }]
///   list_owners_are_members: true
/// </code>
/// Each entry keeps its line so that a name matching nobody can be reported where it was written.
/// </summary>
internal static class AuthorSettingsReader
{
    public static AuthorSettings Read(YamlNode node, SiteConfigLoader.Reader r) =>
        r.Section(node, "authors", AuthorSettings.Default, new Dictionary<string, Func<AuthorSettings, YamlNode, AuthorSettings>>(StringComparer.Ordinal)
        {
            ["aliases"] = (a, v) => a with { Aliases = Aliases(v, r) },
            ["distinct"] = (a, v) => a with { Distinct = Distinct(v, r) },
            ["members"] = (a, v) => a with { Members = Members(v, r) },
            ["list_owners_are_members"] = (a, v) => r.Bool(v, "authors.list_owners_are_members") is { } b ? a with { ListOwnersAreMembers = b } : a,
        });

    private static List<AuthorAlias> Aliases(YamlNode node, SiteConfigLoader.Reader r)
    {
        var result = new List<AuthorAlias>();
        if (node is not YamlMappingNode map)
        {
            r.Warn(node, "setting 'authors.aliases' must map a canonical name to its variants (\"Chris Holmes\": [\"C. Holmes\"]); ignored");
            return result;
        }
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { Length: > 0 } canonical })
            {
                r.Warn(k, "setting 'authors.aliases': a canonical name must be text; entry ignored");
                continue;
            }
            if (r.StringList(v, $"authors.aliases.{canonical}") is { } variants)
                result.Add(new AuthorAlias(canonical, variants, r.At(k)));
        }
        return result;
    }

    private static List<DistinctNames> Distinct(YamlNode node, SiteConfigLoader.Reader r)
    {
        var result = new List<DistinctNames>();
        if (node is not YamlSequenceNode seq)
        {
            r.Warn(node, "setting 'authors.distinct' must be a list of name lists ([[\"Jane Smith\", \"J. Smith\"]]); ignored");
            return result;
        }
        foreach (var item in seq.Children)
        {
            if (r.StringList(item, "authors.distinct") is { Count: >= 2 } names)
                result.Add(new DistinctNames(names, r.At(item)));
            else
                r.Warn(item, "setting 'authors.distinct': each entry must list at least two names; entry ignored");
        }
        return result;
    }

    /// <summary>Raster images only: an SVG is a document that can carry script, and the site would serve it from its own origin.</summary>
    internal static readonly string[] PhotoExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"];

    /// <summary>A photo's name in input/people/ ("jane.jpg" or "people/jane.jpg"), or null with a warning.</summary>
    private static string? Photo(YamlNode node, SiteConfigLoader.Reader r)
    {
        if (r.String(node, "authors.members.photo")?.Trim() is not { Length: > 0 } value) return null;
        var name = value.StartsWith("people/", StringComparison.Ordinal) ? value["people/".Length..] : value;
        if (name.Contains('/') || name.Contains('\\') || name.StartsWith('.'))
        {
            r.Warn(node, $"setting 'authors.members.photo': '{value}' must be a file in input/people/ (\"jane.jpg\"); ignored");
            return null;
        }
        if (!PhotoExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            r.Warn(node, $"setting 'authors.members.photo': '{value}' must be a JPEG, PNG, WebP, GIF or AVIF image (an SVG can carry script); ignored");
            return null;
        }
        return name;
    }

    private static List<MemberSetting> Members(YamlNode node, SiteConfigLoader.Reader r)
    {
        var result = new List<MemberSetting>();
        if (node is not YamlSequenceNode seq)
        {
            r.Warn(node, "setting 'authors.members' must be a list of names or { name, homepage } entries; ignored");
            return result;
        }
        foreach (var item in seq.Children)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { Length: > 0 } name }:
                    result.Add(new MemberSetting(name, null, r.At(item)));
                    break;
                case YamlMappingNode map:
                    string? memberName = null, homepage = null, role = null, photo = null;
                    var hasName = false;
                    var alumni = false;
                    var profile = false;
                    foreach (var (k, v) in map.Children)
                    {
                        var key = (k as YamlScalarNode)?.Value ?? "";
                        switch (key)
                        {
                            case "name": (hasName, memberName) = (true, r.String(v, "authors.members.name")); break;
                            case "homepage": homepage = r.HttpAddress(v, "authors.members.homepage"); break;
                            case "role": role = r.String(v, "authors.members.role")?.Trim(); profile = true; break;
                            case "photo": photo = Photo(v, r); profile = true; break;
                            case "status":
                                profile = true;
                                switch (r.String(v, "authors.members.status")?.Trim().ToLowerInvariant())
                                {
                                    case "current": break;
                                    case "alumni" or "alumnus" or "alumna" or "former": alumni = true; break;
                                    case { } other: r.Warn(v, $"setting 'authors.members.status' is 'current' or 'alumni', not '{other}'; current kept"); break;
                                }
                                break;
                            default: r.Warn(k, $"unknown setting 'authors.members.{key}' ignored (known: name, homepage, role, photo, status)"); break;
                        }
                    }
                    // A name that is there but not text was reported where it is written; say nothing twice.
                    if (!hasName) r.Warn(item, "setting 'authors.members': entry has no name; ignored");
                    else if (memberName is not null && memberName.Trim().Length == 0) r.Warn(item, "setting 'authors.members': entry has an empty name; ignored");
                    else if (memberName is not null)
                        result.Add(new MemberSetting(memberName, string.IsNullOrWhiteSpace(homepage) ? null : homepage, r.At(item))
                        {
                            Role = string.IsNullOrEmpty(role) ? null : role, Photo = photo, Alumni = alumni, HasProfile = profile,
                        });
                    break;
                default:
                    r.Warn(item, "setting 'authors.members': each entry must be a name or { name, homepage, role, photo, status }; entry ignored");
                    break;
            }
        }
        return result;
    }
}
