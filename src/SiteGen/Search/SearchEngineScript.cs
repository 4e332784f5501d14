using System.Text;
using SiteGen.Output;
using SiteGen.Rendering;

namespace SiteGen.Search;

/// <summary>
/// search/engine.js: the client that reads the index (loader, tokenizer and key twins, query semantics,
/// ranking), written beside the index by the build that wrote the index, so that the two always match
/// (the engine still checks the index's format and says so if they differ). It is Search/Engine/engine.js
/// with npm's porter2 (vendored by Search/Engine/vendor.sh) put in, minified, with porter2's licence kept.
/// Made once per process: it depends on nothing but this assembly.
/// </summary>
internal static class SearchEngineScript
{
    public const string Path = SearchIndexBuilder.Folder + "engine.js";

    private static readonly Lazy<SiteFile> Script = new(() => new SiteFile(Path, Encoding.UTF8.GetBytes(Compose())));

    public static SiteFile File => Script.Value;

    /// <summary>The engine before minifying (tests read it for constructs a strict CSP forbids).</summary>
    internal static string Source() =>
        Resource("engine.js")
            .Replace("/*SITEGEN:FORMAT*/0", SearchIndexBuilder.Format.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("/*SITEGEN:PORTER2*/", Resource("porter2.js"), StringComparison.Ordinal);

    private static string Compose()
    {
        var (code, error) = ScriptMinifier.Minify(Source());
        if (error is { } e) throw new InvalidOperationException($"search engine.js({e.Line},{e.Column}): {e.Message}");
        var licence = Resource("porter2.LICENSE").Trim().Replace("*/", "* /", StringComparison.Ordinal);
        return $"/*! SiteGen search engine for index format {SearchIndexBuilder.Format} (src/SiteGen/Search/README.md). " +
            $"It bundles porter2 from npm:\n{licence}\n*/\n{code}\n";
    }

    private static string Resource(string name)
    {
        using var stream = typeof(SearchEngineScript).Assembly.GetManifestResourceStream("search-engine/" + name)
            ?? throw new InvalidOperationException("missing embedded resource search-engine/" + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
