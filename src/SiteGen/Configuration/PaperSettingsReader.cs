using YamlDotNet.RepresentationModel;

namespace SiteGen.Configuration;

/// <summary>
/// Reads the <c>papers:</c> section:
/// <code>
/// papers:
///   same: [["Published Title", "Preprint Title"]]
///   distinct: [["Colours of Trans-Neptunian Objects", "Colors of Trans-Neptunian Objects"]]
/// </code>
/// Each entry keeps its line so that a title matching no paper can be reported where it was written.
/// </summary>
internal static class PaperSettingsReader
{
    public static PaperSettings Read(YamlNode node, SiteConfigLoader.Reader r) =>
        r.Section(node, "papers", PaperSettings.Default, new Dictionary<string, Func<PaperSettings, YamlNode, PaperSettings>>(StringComparer.Ordinal)
        {
            ["same"] = (p, v) => p with { Same = TitleGroups(v, "papers.same", r) },
            ["distinct"] = (p, v) => p with { Distinct = TitleGroups(v, "papers.distinct", r) },
        });

    private static List<PaperTitles> TitleGroups(YamlNode node, string key, SiteConfigLoader.Reader r)
    {
        var result = new List<PaperTitles>();
        if (node is not YamlSequenceNode seq)
        {
            r.Warn(node, $"setting '{key}' must be a list of title lists ([[\"Title A\", \"Title B\"]]); ignored");
            return result;
        }
        foreach (var item in seq.Children)
        {
            if (item is YamlSequenceNode && r.StringList(item, key) is { Count: >= 2 } titles)
                result.Add(new PaperTitles(titles, r.At(item)));
            else
                r.Warn(item, $"setting '{key}': each entry must list at least two titles; entry ignored");
        }
        return result;
    }
}
