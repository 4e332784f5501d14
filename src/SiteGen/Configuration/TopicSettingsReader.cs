using YamlDotNet.RepresentationModel;

namespace SiteGen.Configuration;

/// <summary>
/// Reads the <c>topics:</c> section:
/// <code>
/// topics:
///   defaults: true          # keep the built-in machine-learning taxonomy
///   max_per_paper: 3
///   taxonomy:
///     Quantum computing: [quantum circuit, qubit]
///     Language models: [llm, language model]   # same name as a default: replaces its phrases
/// </code>
/// </summary>
internal static class TopicSettingsReader
{
    public static TopicSettings Read(YamlNode node, SiteConfigLoader.Reader r) =>
        r.Section(node, "topics", TopicSettings.Default, new Dictionary<string, Func<TopicSettings, YamlNode, TopicSettings>>(StringComparer.Ordinal)
        {
            ["defaults"] = (t, v) => r.Bool(v, "topics.defaults") is { } b ? t with { UseDefaults = b } : t,
            ["max_per_paper"] = (t, v) => r.Int(v, "topics.max_per_paper", 1, 20) is { } n ? t with { MaxPerPaper = n } : t,
            ["taxonomy"] = (t, v) => t with { Taxonomy = Taxonomy(v, r) },
        });

    private static List<TopicEntry> Taxonomy(YamlNode node, SiteConfigLoader.Reader r)
    {
        var result = new List<TopicEntry>();
        if (node is not YamlMappingNode map)
        {
            r.Warn(node, "setting 'topics.taxonomy' must map a topic name to its phrases (\"Quantum computing\": [qubit]); ignored");
            return result;
        }
        foreach (var (k, v) in map.Children)
        {
            if (k is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                r.Warn(k, "setting 'topics.taxonomy': a topic name must be text; entry ignored");
                continue;
            }
            if (r.StringList(v, $"topics.taxonomy.{name}") is { } phrases)
            {
                if (phrases.Count == 0) r.Warn(v, $"topic '{name}' has no phrases; it can never match");
                result.Add(new TopicEntry(name, phrases, r.At(k)));
            }
        }
        return result;
    }
}
