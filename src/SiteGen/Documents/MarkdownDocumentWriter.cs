using SiteGen.Output;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SiteGen.Documents;

/// <summary>
/// Writes a <see cref="PaperDocument"/> as "---\nYAML\n---\nMarkdown". YamlDotNet quotes
/// any value that would break the front matter ("---", ": ", "#").
/// </summary>
public static class MarkdownDocumentWriter
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .WithQuotingNecessaryStrings()
        .DisableAliases()
        .Build();

    public static string Write(PaperDocument document)
    {
        var yaml = Yaml.Serialize(document.FrontMatter);
        return $"---\n{yaml}---\n\n{document.Body}\n";
    }

    public static SiteFile ToFile(PaperDocument document) => SiteFile.FromText(document.FrontMatter.Slug + ".md", Write(document));
}
