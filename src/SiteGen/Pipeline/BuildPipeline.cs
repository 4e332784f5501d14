using System.Runtime;
using SiteGen.Checking;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pages;
using SiteGen.Permalinks;
using SiteGen.Reading;
using SiteGen.Rendering;
using SiteGen.Search;

namespace SiteGen.Pipeline;

public sealed record BuildOptions
{
    public required string InputDir { get; init; }
    public required string ThemeDir { get; init; }

    /// <summary>
    /// The theme <see cref="ThemeDir"/> is layered over (the one installed with sitegen): a
    /// template or asset the site's theme does not have comes from here, so a site's theme/
    /// may hold only the files it changes.
    /// </summary>
    public string? BaseThemeDir { get; init; }

    /// <summary>The theme folders, the site's first: a file is taken from the first that has it.</summary>
    public IReadOnlyList<string> ThemeDirs =>
        BaseThemeDir is { } fallback && Path.GetFullPath(fallback) != Path.GetFullPath(ThemeDir) ? [ThemeDir, fallback] : [ThemeDir];

    /// <summary>Overrides site.yml's output (which is relative to the input folder's parent).</summary>
    public string? OutputDir { get; init; }

    /// <summary>Overrides site.yml's base_url.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Under --strict, any warning keeps the previous output in place.</summary>
    public bool Strict { get; init; }

    /// <summary>Build even if nothing changed since the last build.</summary>
    public bool Force { get; init; }

    /// <summary>Accept a permalink map with fewer papers than the last build published (the user emptied or cut it on purpose).</summary>
    public bool ResetPermalinks { get; init; }

    /// <summary>Called as each stage starts and ends (for progress displays).</summary>
    public Action<string>? OnStageStart { get; init; }

    public Action<StageTiming>? OnStageEnd { get; init; }
}

public sealed record BuildResult
{
    public bool Written { get; init; }

    /// <summary>Nothing changed since the last build, so nothing was done.</summary>
    public bool UpToDate { get; init; }

    public required string OutputDir { get; init; }
    public int Papers { get; init; }
    public int Authors { get; init; }
    public int Topics { get; init; }
    public int Pages { get; init; }

    /// <summary>Files and bytes of the whole site.</summary>
    public int Files { get; init; }
    public long Bytes { get; init; }

    /// <summary>What this build actually wrote, and how many unchanged files it reused.</summary>
    public int FilesWritten { get; init; }
    public long BytesWritten { get; init; }
    public int FilesReused { get; init; }

    /// <summary>Pages rendered by this build; the others were the last build's, made from the same key (see <see cref="Pages.PageKeys"/>).</summary>
    public int PagesRendered { get; init; }

    public int BrokenLinks { get; init; }

    /// <summary>The site's base URL ("" when none: no sitemap, no canonical links).</summary>
    public string BaseUrl { get; init; } = "";

    public IReadOnlyList<StageTiming> Timings { get; init; } = [];
}

/// <summary>
/// The whole build, read as a recipe: read → ingest → merge → permalinks → annotations →
/// pages → feeds → link check → write. Every stage is a small class; this one only
/// orders them and times them. The inputs are read once, into a snapshot every later
/// stage works from; an error anywhere keeps the previous site.
/// </summary>
public static class BuildPipeline
{
    public static BuildResult Run(BuildOptions options, DiagnosticBag diagnostics)
    {
        var timer = new StageTimer(options.OnStageStart, options.OnStageEnd);
        var snapshot = timer.Time("read", () => InputSnapshot.Read(options.InputDir, diagnostics),
            s => new StageCount(s.Listings.Count + s.Annotations.Count + (s.SiteConfig is null ? 0 : 1) + (s.PermalinkMap is null ? 0 : 1), "files"));
        var loadedConfig = SiteConfigLoader.Load(snapshot, diagnostics);
        var outputDir = OutputLocation.Resolve(options.InputDir, options.OutputDir, loadedConfig ?? SiteConfig.Default);
        BuildResult Stopped() => new() { OutputDir = outputDir, Timings = timer.Timings };
        // Default settings in place of a site.yml that cannot be read would replace a good site with a wrong one.
        if (loadedConfig is null) return Stopped();

        if (LeftoverFolders.Find(outputDir) is { Count: > 0 } leftovers)
            timer.Time("clean up", () => { LeftoverFolders.Remove(outputDir, diagnostics); return leftovers.Count; }, n => new StageCount(n, "folders"));
        PermalinkMap.RemoveLeftovers(options.InputDir, diagnostics);

        // Hashed before the theme is read: an edit made during the build makes the next one rebuild.
        var themeHash = string.Join(",", options.ThemeDirs.Select(InputFingerprint.ThemeHash));
        var previous = SiteWriter.ReadManifest(outputDir);
        if (!options.Force && previous is not null && !diagnostics.HasErrors
            && InputFingerprint.Compute(options, snapshot.Hash, themeHash, snapshot.PermalinkMap?.Text) == previous.Fingerprint
            && previous.IsIntact(outputDir))
        {
            // Same inputs, same SiteGen, every file still there: the output is already this build's result.
            // Its diagnostics are reported again so --strict still sees them.
            foreach (var d in previous.Diagnostics) diagnostics.Add(d);
            return new BuildResult { UpToDate = true, Written = true, OutputDir = outputDir, Files = previous.Files.Count, Timings = timer.Timings };
        }

        // Compiling the theme's templates needs nothing from the catalog: it runs beside it. So does making
        // search/engine.js, which also readies the minifier for the theme's scripts.
        _ = Task.Run(() => SearchEngineScript.File);
        // Loading temml takes about a second: it overlaps the catalog where any listing may hold TeX math.
        if (snapshot.Listings.Any(l => l.Bytes.AsSpan().IndexOfAny((byte)'$', (byte)'\\') >= 0))
            MathML.TemmlConverter.Shared.WarmInBackground();
        var themeDiagnostics = new DiagnosticBag();
        var themeLoad = Task.Run(() => Theme.Load(options.ThemeDirs, PageLayouts.Names, themeDiagnostics));
        var inputsHash = snapshot.Hash;
        var (_, catalog, map, newMap, addresses, _) = CatalogPipeline.Run(snapshot, loadedConfig, diagnostics, timer);
        var config = options.BaseUrl is { } baseUrl ? loadedConfig with { BaseUrl = baseUrl.TrimEnd('/') } : loadedConfig;
        var papers = catalog.Papers;

        var theme = themeLoad.GetAwaiter().GetResult();
        foreach (var d in themeDiagnostics.Items) diagnostics.Add(d);
        var stopped = Stopped() with { Papers = papers.Count, Authors = catalog.Authors.Count, Topics = catalog.Topics.Count };
        if (theme is null || map.IsBroken || !map.CheckNotShrunk(previous?.PermalinkCount, options.ResetPermalinks, diagnostics)
            || diagnostics.HasErrors || !IsSafeOutput(options, outputDir, diagnostics))
            return stopped;

        using var writer = SiteWriter.Open(outputDir, diagnostics, previous);
        if (writer is null) return stopped;

        // Each file is link-scanned and written as soon as it is made, then dropped: the
        // site is never held in memory whole.
        var links = new LinkChecker();
        var pages = 0;
        var rendered = 0;
        var files = 0;
        long bytes = 0;
        void Emit(SiteFile file)
        {
            links.Add(file);
            writer.Add(file);
            Interlocked.Increment(ref files);
            Interlocked.Add(ref bytes, file.Length);
            if (!file.Path.EndsWith(".html", StringComparison.Ordinal)) return;
            Interlocked.Increment(ref pages);
            if (file.Reused is null) Interlocked.Increment(ref rendered);
        }
        int EmitAll(IEnumerable<SiteFile> made)
        {
            var before = files;
            made.AsParallel().ForAll(Emit);
            return files - before;
        }

        var site = new SiteContext(catalog, config, theme, AssetManifest.Load(theme.AssetsDirectories, diagnostics), addresses)
        {
            // What every page shows besides its papers: SiteGen itself, the theme, site.yml and the base URL.
            SiteKey = InputFingerprint.Compute(options with { OutputDir = null, Strict = false }, snapshot.SiteConfig is { } yml ? OutputManifest.Hash(yml.Bytes) : "", themeHash, null),
            Reusable = ReusableFiles.From(previous, outputDir),
            Photos = snapshot.Photos.ToDictionary(p => p.Name[(InputSnapshot.PeopleFolder.Length + 1)..], p => p.Bytes, StringComparer.Ordinal),
        };
        MissingPhotos(config, site.Photos, diagnostics);
        EmitAll(site.Assets.Files);
        StageCount Pages(int n) => new(n, "pages");
        StageCount Files(int n) => new(n, "files");
        timer.Time("math", () => Tex.AbstractMath.Render(papers, diagnostics), n => new StageCount(n, "formulas"));
        timer.Time("paper pages", () => { CompactHeap(); return EmitAll(new PaperPages(site).Build()); }, Pages);
        timer.Time("list pages", () => { CompactHeap(); return EmitAll(new ListPages(site).Build()); }, Pages);
        timer.Time("index pages", () => EmitAll([.. new IndexPages(site).Build(), .. new SingletonPages(site).Build()]), Files);
        timer.Time("bibliography", () => EmitAll([.. new BibliographyFiles(site).Build(), .. new PeoplePage(site).Build()]), Files);
        timer.Time("search index", () => { CompactHeap(); return EmitAll(SearchIndexBuilder.Build(SearchDocuments.From(catalog))); }, Files);
        var pageCount = pages;
        // Old addresses are redirect pages (noindex): the sitemap lists only where papers are now.
        var redirectPaths = addresses.RedirectPaths.ToHashSet(StringComparer.Ordinal);
        timer.Time("feeds", () => EmitAll([.. new SiteFeeds(site, [.. writer.Paths.Where(p => !redirectPaths.Contains(p))]).Build(),
            addresses.NetlifyRules()]), Files);

        var broken = timer.Time("link check", () => links.Report(diagnostics), n => new StageCount(n, "broken links"));
        // A template that failed on a page leaves that page empty: such a site never replaces the last one.
        theme.ReportRenderProblems(diagnostics);
        var refused = diagnostics.HasErrors || (options.Strict && diagnostics.HasWarningsOrErrors);
        var newMapText = newMap.Serialize();
        // The map is saved once every file of the site is written and before the site goes
        // live: a map ahead of the site is harmless, one behind it loses addresses.
        var write = refused ? WriteResult.Failed : timer.Time("write",
            () => writer.Commit(InputFingerprint.Compute(options, inputsHash, themeHash, newMapText), newMap.Entries.Count, diagnostics,
                beforeSwap: () => PermalinkMap.SaveIfChanged(options.InputDir, newMapText, diagnostics),
                pagesReusable: broken == 0 && theme.RenderedCleanly),
            w => new StageCount(w.FilesWritten, "files written"));

        return new BuildResult
        {
            Written = write.Written,
            OutputDir = outputDir,
            Papers = papers.Count,
            Authors = catalog.Authors.Count,
            Topics = catalog.Topics.Count,
            Pages = pageCount,
            PagesRendered = rendered,
            Files = files,
            Bytes = bytes,
            FilesWritten = write.FilesWritten,
            BytesWritten = write.BytesWritten,
            FilesReused = write.FilesReused,
            BrokenLinks = broken,
            BaseUrl = config.BaseUrl,
            Timings = timer.Timings,
        };
    }

    /// <summary>A member's photo that input/people/ does not have is reported at the member's line; the page shows no photo.</summary>
    private static void MissingPhotos(SiteConfig config, IReadOnlyDictionary<string, byte[]> photos, DiagnosticBag diagnostics)
    {
        foreach (var member in config.Authors.Members.Where(m => m.Photo is { } p && !photos.ContainsKey(p)))
            diagnostics.Warning(member.Location, $"authors.members: photo '{member.Photo}' of '{member.Name}' is not in input/{InputSnapshot.PeopleFolder}/; no photo shown");
    }

    /// <summary>
    /// A stage leaves most of what it made as garbage that has reached the oldest generation,
    /// which the collector rarely visits on its own: on 100k papers the heap grew to three
    /// times the live data over a build. One full compacting collection before each big stage
    /// keeps the peak near the live data (docs/benchmarks.md), for well under a second each.
    /// </summary>
    private static void CompactHeap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>The output must not be, contain, or sit inside the input or theme folders.</summary>
    private static bool IsSafeOutput(BuildOptions options, string outputDir, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var source in options.ThemeDirs.Prepend(options.InputDir))
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
