using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Topics;

/// <summary>
/// The taxonomy in force: the shipped defaults (unless site.yml turns them off) with the
/// user's topics on top. A user topic named like a default one (folded) replaces its
/// phrases, so a site can tune one topic without copying the whole table; it still covers
/// the default's arXiv categories, being the same topic.
/// </summary>
public static class TopicTaxonomy
{
    public static IReadOnlyList<TaxonomyTopic> From(TopicSettings settings, DiagnosticBag diagnostics)
    {
        var topics = new List<TaxonomyTopic>(settings.UseDefaults ? DefaultTaxonomy.Topics : []);
        foreach (var entry in settings.Taxonomy)
        {
            var phrases = entry.Phrases.Where(p => TextFolding.Key(p).Length > 0).ToList();
            if (phrases.Count < entry.Phrases.Count)
                diagnostics.Warning(entry.Location, $"topic '{entry.Name}': phrases without letters or digits can never match; ignored");
            var same = topics.FindIndex(t => TextFolding.Key(t.Name) == TextFolding.Key(entry.Name));
            var topic = new TaxonomyTopic(entry.Name, phrases);
            if (same >= 0) topics[same] = topic with { Categories = topics[same].Categories };
            else topics.Add(topic);
        }
        return topics;
    }
}
