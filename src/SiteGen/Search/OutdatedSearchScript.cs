using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Search;

/// <summary>
/// Themes copied by <c>sitegen new</c> before the search engine moved out of the theme hold the whole engine
/// (index reader, tokenizer, query semantics) in assets/search.js. That engine cannot read today's index
/// (it does not stem, and its index format is 1), so such a theme's search.js is replaced in the built
/// site by SiteGen's default search UI, which loads search/engine.js, and the build says what to update.
/// The theme folder itself is never written.
/// </summary>
internal static class OutdatedSearchScript
{
    public const string AssetName = "search.js";

    /// <summary>SiteGen's default search UI (the default theme's assets/search.js, built into SiteGen).</summary>
    public static byte[] DefaultUi()
    {
        using var stream = typeof(OutdatedSearchScript).Assembly.GetManifestResourceStream("theme/assets/search.js")
            ?? throw new InvalidOperationException("missing embedded resource theme/assets/search.js");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// The script to publish for a theme's search.js: the default UI (and a warning) when
    /// <paramref name="script"/> is the old engine, else <paramref name="script"/> itself.
    /// </summary>
    public static byte[] Replace(byte[] script, string path, DiagnosticBag diagnostics)
    {
        if (!IsOldEngine(System.Text.Encoding.UTF8.GetString(script))) return script;
        diagnostics.Warning(new SourceLocation(path, 0),
            "this search.js holds the search engine of an older SiteGen, which cannot read this index; the site uses " +
            "SiteGen's default search UI in its place. The engine now ships with the index (search/engine.js) and the " +
            "theme keeps only the UI: replace theme/assets/search.js with the default theme's (`sitegen new NEWDIR` " +
            "writes it to NEWDIR/theme/assets/search.js), or, to keep your own UI, call the engine's API as " +
            "src/SiteGen/Search/README.md describes. The layouts need no change.");
        return DefaultUi();
    }

    // Only an engine decodes posting sets; the UI asks window.SiteGenSearch for results.
    private static bool IsOldEngine(string script) =>
        script.Contains("function decodeSet(", StringComparison.Ordinal) && !script.Contains("search/engine.js", StringComparison.Ordinal);
}
