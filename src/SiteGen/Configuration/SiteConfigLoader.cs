using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Reading;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Configuration;

/// <summary>
/// Reads site.yml through YamlDotNet's node model (not a deserializer) so that every
/// problem can name the file, line and key, and a bad value falls back to its default
/// instead of failing the build.
/// </summary>
public static partial class SiteConfigLoader
{
    public const string FileName = "site.yml";

    private delegate SiteConfig Setter(SiteConfig config, YamlNode value, Reader read);

    private static readonly Dictionary<string, Setter> Settings = new(StringComparer.Ordinal)
    {
        ["title"] = (c, v, r) => r.String(v, "title") is { } s ? c with { Title = s } : c,
        ["description"] = (c, v, r) => r.String(v, "description") is { } s ? c with { Description = s } : c,
        ["base_url"] = (c, v, r) => r.HttpAddress(v, "base_url") is { } s ? c with { BaseUrl = s.TrimEnd('/') } : c,
        ["language"] = (c, v, r) => r.LanguageTag(v, "language") is { } s ? c with { Language = s } : c,
        ["output"] = (c, v, r) => r.String(v, "output") is { } s ? c with { Output = s } : c,
        ["page_size"] = (c, v, r) => r.Int(v, "page_size", 1, 10_000) is { } n ? c with { PageSize = n } : c,
        ["feed_size"] = (c, v, r) => r.Int(v, "feed_size", 1, 10_000) is { } n ? c with { FeedSize = n } : c,
        ["listing_year"] = (c, v, r) => r.Int(v, "listing_year", 1000, 9999) is { } n ? c with { ListingYear = n } : c,
        ["listing_years"] = (c, v, r) => r.YearMap(v, "listing_years", 1000, 9999) is { } m ? c with { ListingYears = m } : c,
        ["authors"] = (c, v, r) => c with { Authors = AuthorSettingsReader.Read(v, r) },
        ["topics"] = (c, v, r) => c with { Topics = TopicSettingsReader.Read(v, r) },
        ["papers"] = (c, v, r) => c with { Papers = PaperSettingsReader.Read(v, r) },
    };

    /// <summary>
    /// site.yml from the input snapshot; a missing file gives the defaults. Null when the file
    /// cannot be read as settings at all (refused, invalid YAML, not a mapping): that is an error, and
    /// a build does not go on with default settings in place of the user's.
    /// </summary>
    public static SiteConfig? Load(InputSnapshot snapshot, DiagnosticBag diagnostics) =>
        snapshot.SiteConfig is { } file ? TryParse(file.Text, file.Name, diagnostics)
        : snapshot.CouldNotRead(FileName) ? null // refused or unreadable: reported by the snapshot
        : SiteConfig.Default;

    /// <summary>Like <see cref="TryParse"/>, with the defaults for a file that cannot be read (after the error is reported).</summary>
    public static SiteConfig Parse(string yaml, string fileName, DiagnosticBag diagnostics) =>
        TryParse(yaml, fileName, diagnostics) ?? SiteConfig.Default;

    public static SiteConfig? TryParse(string yaml, string fileName, DiagnosticBag diagnostics)
    {
        const string Unread = "the settings are not read and nothing is built until this is fixed";
        if (!YamlLoader.TryLoad(yaml, fileName, diagnostics, Unread, out var rootNode)) return null;
        if (rootNode is null or YamlScalarNode { Value: null or "" }) return SiteConfig.Default;

        var reader = new Reader(fileName, diagnostics);
        if (rootNode is not YamlMappingNode root)
        {
            diagnostics.Error(reader.At(rootNode), $"site.yml must be a mapping of settings (key: value); {Unread}");
            return null;
        }

        var config = SiteConfig.Default;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (Settings.TryGetValue(key, out var set))
                config = set(config, value, reader);
            else
                diagnostics.Warning(reader.At(keyNode), $"unknown setting '{key}' ignored (known: {string.Join(", ", Settings.Keys)})");
        }
        return config;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LanguageTagShape();

    /// <summary>Typed reads that report a wrong type at the value's line and return null.</summary>
    internal sealed class Reader(string fileName, DiagnosticBag diagnostics)
    {
        public SourceLocation At(YamlNode node) => new(fileName, (int)node.Start.Line);

        public void Warn(YamlNode node, string message) => diagnostics.Warning(At(node), message);

        public bool? Bool(YamlNode node, string key)
        {
            if (node is YamlScalarNode { Value: { } text })
            {
                if (text is "true" or "yes" or "on") return true;
                if (text is "false" or "no" or "off") return false;
            }
            diagnostics.Warning(At(node), $"setting '{key}' must be true or false; default kept");
            return null;
        }

        /// <summary>A list of text values; a single text value counts as a list of one.</summary>
        public List<string>? StringList(YamlNode node, string key)
        {
            if (node is YamlScalarNode { Value: { } one }) return [one];
            if (node is not YamlSequenceNode seq)
            {
                diagnostics.Warning(At(node), $"setting '{key}' must be a list of text values; ignored");
                return null;
            }
            var result = new List<string>();
            foreach (var item in seq.Children)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } text }) result.Add(text);
                else diagnostics.Warning(At(item), $"setting '{key}': each entry must be a text value; entry ignored");
            }
            return result;
        }

        /// <summary>Runs <paramref name="settings"/> over a mapping's keys, warning about unknown ones.</summary>
        public T Section<T>(YamlNode node, string key, T defaults, IReadOnlyDictionary<string, Func<T, YamlNode, T>> settings)
        {
            if (node is not YamlMappingNode map)
            {
                diagnostics.Warning(At(node), $"setting '{key}' must be a mapping; defaults kept");
                return defaults;
            }
            var result = defaults;
            foreach (var (k, v) in map.Children)
            {
                var name = (k as YamlScalarNode)?.Value ?? "";
                if (settings.TryGetValue(name, out var set)) result = set(result, v);
                else diagnostics.Warning(At(k), $"unknown setting '{key}.{name}' ignored (known: {string.Join(", ", settings.Keys)})");
            }
            return result;
        }

        public string? String(YamlNode node, string key)
        {
            if (node is YamlScalarNode s) return s.Value ?? "";
            diagnostics.Warning(At(node), $"setting '{key}' must be a text value; default kept");
            return null;
        }

        public int? Int(YamlNode node, string key, int min, int max)
        {
            if (node is YamlScalarNode { Value: { } text }
                && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                && n >= min && n <= max)
                return n;
            diagnostics.Warning(At(node), $"setting '{key}' must be a whole number from {min} to {max}; default kept");
            return null;
        }

        public Dictionary<string, PinnedYear>? YearMap(YamlNode node, string key, int min, int max)
        {
            if (node is not YamlMappingNode map)
            {
                diagnostics.Warning(At(node), $"setting '{key}' must be a mapping of file name to year; default kept");
                return null;
            }
            var result = new Dictionary<string, PinnedYear>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
                if (k is YamlScalarNode { Value: { } name } && Int(v, $"{key}.{name}", min, max) is { } n)
                    result[name] = new PinnedYear(n, At(k));
            return result;
        }

        /// <summary>
        /// An absolute http(s) address. Anything else would end up in canonical links, the
        /// sitemap and hrefs: "example.org" breaks every link, "javascript:" is a script.
        /// </summary>
        public string? HttpAddress(YamlNode node, string key)
        {
            if (String(node, key) is not { } text) return null;
            if (text.Trim().Length == 0) return "";
            if (Text.WebAddress.Http(text) is { } address) return address;
            diagnostics.Warning(At(node), $"setting '{key}' must be an absolute http:// or https:// address (like https://example.org/lab); '{text}' ignored");
            return null;
        }

        /// <summary>A BCP 47 language tag ("en", "de-CH"): it becomes the pages' lang attribute.</summary>
        public string? LanguageTag(YamlNode node, string key)
        {
            if (String(node, key) is not { } text) return null;
            if (LanguageTagShape().IsMatch(text)) return text;
            diagnostics.Warning(At(node), $"setting '{key}' must be a language tag like en or de-CH; '{text}' ignored");
            return null;
        }
    }
}
