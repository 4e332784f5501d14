using Microsoft.Playwright;
using SiteGen.Model;
using SiteGen.Search;

namespace SiteGen.E2E.Support;

// CA1001: xunit ends the fixture through IAsyncLifetime.DisposeAsync, which disposes both fields.
#pragma warning disable CA1001
/// <summary>One Chromium, the shipped papers' fixture site on disk and an HTTP server over it, shared by a test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private StaticServer? _server;
    private FixtureSite? _site;

    internal IBrowser Browser { get; private set; } = null!;

    internal FixtureSite Site => _site!;

    internal Catalog Catalog { get; private set; } = null!;

    internal IReadOnlyList<(Paper Paper, SearchDocument Document)> Papers { get; private set; } = [];

    public async Task InitializeAsync()
    {
        (Catalog, Papers) = ShippedDocuments.Load();
        _site = new FixtureSite([.. Papers.Select(p => p.Document)]);
        _server = new StaticServer(_site.Root);
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    /// <summary>Absolute URL of a site page, from disk or over HTTP.</summary>
    internal string Url(Mode mode, string relative) =>
        mode == Mode.File ? Site.FileUrl(relative.Split('?')[0]) + (relative.Contains('?', StringComparison.Ordinal) ? "?" + relative.Split('?', 2)[1] : "")
                          : _server!.BaseUrl + relative;

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        _site?.Dispose();
    }
}

#pragma warning restore CA1001

public enum Mode
{
    File,
    Http,
}
