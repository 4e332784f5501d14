using YamlDotNet.RepresentationModel;

namespace SiteGen.Configuration;

/// <summary>
/// Reads the <c>authors:</c> section:
/// <code>
/// authors:
///   aliases: { "Chris Holmes": ["Christopher C Holmes", "C. Holmes"] }
///   distinct: [["Jane Smith", "J. Smith"]]
///   members: [{ name: Fabian Falck, homepage: https://example.org }]
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
                    string? memberName = null, homepage = null;
                    var hasName = false;
                    foreach (var (k, v) in map.Children)
                    {
                        var key = (k as YamlScalarNode)?.Value ?? "";
                        if (key == "name") (hasName, memberName) = (true, r.String(v, "authors.members.name"));
                        else if (key == "homepage") homepage = r.HttpAddress(v, "authors.members.homepage");
                        else r.Warn(k, $"unknown setting 'authors.members.{key}' ignored (known: name, homepage)");
                    }
                    // A name that is there but not text was reported where it is written; say nothing twice.
                    if (!hasName) r.Warn(item, "setting 'authors.members': entry has no name; ignored");
                    else if (memberName is not null && memberName.Trim().Length == 0) r.Warn(item, "setting 'authors.members': entry has an empty name; ignored");
                    else if (memberName is not null) result.Add(new MemberSetting(memberName, string.IsNullOrWhiteSpace(homepage) ? null : homepage, r.At(item)));
                    break;
                default:
                    r.Warn(item, "setting 'authors.members': each entry must be a name or { name, homepage }; entry ignored");
                    break;
            }
        }
        return result;
    }
}
