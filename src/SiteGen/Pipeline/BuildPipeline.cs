using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pages;
using SiteGen.Rendering;

namespace SiteGen.Pipeline;

public sealed record BuildOptions
{
    public required string InputDir { get; init; }
    public required string ThemeDir { get; init; }

    /// <summary>Overrides site.yml's output (which is relative to the input folder's parent).</summary>
    public string? OutputDir { get; init; }

    /// <summary>Overrides site.yml's base_url.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Under --strict, any warning keeps the previous output in place.</summary>
    public bool Strict { get; init; }
}

public sealed record BuildResult(
    bool Written,
    string OutputDir,
    int Papers,
    int Authors,
    int Topics,
    int Pages,
    int Files,
    long Bytes,
    int BrokenLinks,
    IReadOnlyList<StageTiming> Timings);

/// <summary>
/// The whole build, read as a recipe: ingest → merge → permalinks → annotations →
/// pages → feeds → link check → write. Every stage is a small class; this one only
/// orders them and times them.
/// </summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options, DiagnosticBag diagnostics)
    {
        var timer = new StageTimer();
        var (loadedConfig, catalog, map, newMap, oldSlugs) = CatalogPipeline.Run(options.InputDir, diagnostics, timer);
        var config = options.BaseUrl is { } baseUrl ? loadedConfig with { BaseUrl = baseUrl.TrimEnd('/') } : loadedConfig;
        var outputDir = options.OutputDir ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.InputDir)) ?? ".", config.Output);
        var papers = catalog.Papers;

        var theme = Theme.Load(options.ThemeDir, diagnostics);
        if (theme is null || map.IsBroken || !IsSafeOutput(options, outputDir, diagnostics))
            return new BuildResult(false, outputDir, papers.Count, catalog.Authors.Count, catalog.Topics.Count, 0, 0, 0, 0, timer.Timings);

        var site = new SiteContext(catalog, config, theme, AssetManifest.Load(theme.AssetsDirectory), oldSlugs);
        var redirects = SingletonPages.RedirectsOf(newMap, papers);
        var files = new List<SiteFile>(site.Assets.Files);
        timer.Time("paper pages", () => { files.AddRange(new PaperPages(site).Build()); return 0; });
        timer.Time("list pages", () => { files.AddRange(new ListPages(site).Build()); return 0; });
        timer.Time("index pages", () => { files.AddRange(new IndexPages(site).Build()); files.AddRange(new SingletonPages(site, redirects).Build()); return 0; });
        var pageCount = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        timer.Time("feeds", () =>
        {
            files.AddRange(new SiteFeeds(site, files.Select(f => f.Path).ToList()).Build());
            files.Add(SingletonPages.NetlifyRedirects(redirects));
            return 0;
        });

        var broken = timer.Time("link check", () => LinkChecker.Check(files, diagnostics));
        var refused = options.Strict && diagnostics.HasWarningsOrErrors;
        var written = !refused && timer.Time("write", () => SiteWriter.Write(files, outputDir, diagnostics));
        // The map is saved only once the site with these URLs exists.
        if (written) newMap.SaveIfChanged(options.InputDir, diagnostics);

        return new BuildResult(written, outputDir, papers.Count, catalog.Authors.Count, catalog.Topics.Count, pageCount,
            files.Count, files.Sum(f => (long)f.Content.Length), broken, timer.Timings);
    }

    /// <summary>The output must not be, contain, or sit inside the input or theme folders.</summary>
    private static bool IsSafeOutput(BuildOptions options, string outputDir, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var source in new[] { options.InputDir, options.ThemeDir })
        {
            var full = Path.GetFullPath(source).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (full.StartsWith(output, StringComparison.Ordinal) || output.StartsWith(full, StringComparison.Ordinal))
            {
                diagnostics.Error(new SourceLocation(outputDir, 0), $"output folder overlaps '{source}'; refusing to build there");
                return false;
            }
        }
        return true;
    }
}
