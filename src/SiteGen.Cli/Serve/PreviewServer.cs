using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Permalinks;
using SiteGen.Pipeline;
using SiteGen.Reading;

namespace SiteGen.Cli.Serve;

/// <summary>
/// `sitegen serve`: builds, serves the output on 127.0.0.1 with Kestrel, rebuilds when
/// input/ or theme/ change, and tells open pages to reload (or shows the build error in
/// an overlay, also on pages opened later). A failed rebuild keeps the last good site and
/// the server running; with no site at all, every page is the error.
/// It answers only requests addressed to localhost (a web page whose name is made to
/// resolve to 127.0.0.1 — DNS rebinding — must not read the preview), serves no path with
/// a part starting with a dot (.sitegen-output, .git), and streams files from disk.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly BuildOptions _options;
    private readonly int _port;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly LiveReloadHub _hub = new();
    private readonly SemaphoreSlim _buildGate = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private WebApplication? _app;
    private Timer? _debounce;
    private string _outputDir = "";
    private int _builds;

    /// <summary>The last build's problems if it failed, else null: sent to pages that connect later.</summary>
    private volatile string? _lastError;

    public PreviewServer(BuildOptions options, int port, TextWriter output, TextWriter error)
    {
        _options = options;
        _port = port;
        _output = output;
        _error = error;
    }

    public Uri? Address { get; private set; }

    /// <summary>Completed builds (good or failed); tests wait on it.</summary>
    public int Builds => Volatile.Read(ref _builds);

    public async Task StartAsync(CancellationToken cancel)
    {
        await RebuildAsync().ConfigureAwait(false);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, _port));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancel).ConfigureAwait(false);
        var address = _app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            : null;
        Address = new Uri((address ?? $"http://127.0.0.1:{_port}").Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");

        foreach (var dir in new[] { _options.InputDir, _options.ThemeDir }.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(dir)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        _output.WriteLine($"serving {_outputDir} at {Address} (Ctrl+C stops)");
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        var name = Path.GetFileName(e.FullPath);
        // The build itself writes the permalink map; editors write swap and backup files, which are no inputs.
        if (name == PermalinkMap.FileName || InputSnapshot.IsIgnored(name)) return;
        // Editors save in bursts (truncate, write, rename): wait for quiet before rebuilding.
        _debounce?.Dispose();
        _debounce = new Timer(_ => _ = RebuildAsync(), null, 200, Timeout.Infinite);
    }

    private async Task RebuildAsync()
    {
        await _buildGate.WaitAsync().ConfigureAwait(false);
        try
        {
            var diagnostics = new DiagnosticBag();
            var result = await Task.Run(() => BuildPipeline.Run(_options, diagnostics)).ConfigureAwait(false);
            _outputDir = result.OutputDir;
            DiagnosticPrinter.Print(diagnostics, _error);
            if (result.Written)
            {
                var recovered = _lastError is not null;
                _lastError = null;
                _output.WriteLine(result.UpToDate
                    ? string.Create(CultureInfo.InvariantCulture, $"nothing changed since the last build ({DateTime.Now:HH:mm:ss})")
                    : string.Create(CultureInfo.InvariantCulture, $"built {result.Papers} papers ({result.FilesWritten} files written) at {DateTime.Now:HH:mm:ss}"));
                // An unchanged site needs no reload, unless the pages show an error it replaces.
                if (!result.UpToDate || recovered) _hub.Broadcast("reload", "");
            }
            else
            {
                _error.WriteLine("build failed; still serving the last good site");
                Fail(string.Join('\n', diagnostics.Items.Where(d => d.Severity >= DiagnosticSeverity.Warning)));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            _error.WriteLine($"build failed: {ex.Message}");
            Fail(ex.Message);
        }
        finally
        {
            Interlocked.Increment(ref _builds);
            _buildGate.Release();
        }
    }

    private void Fail(string problems)
    {
        _lastError = problems;
        _hub.Broadcast("error", problems);
    }

    /// <summary>Host names a browser sends for this server itself.</summary>
    private static bool IsLocalHost(HostString host) =>
        host.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.Host is "127.0.0.1" or "[::1]";

    private async Task HandleAsync(HttpContext context)
    {
        if (!IsLocalHost(context.Request.Host))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        var path = context.Request.Path.Value ?? "/";
        switch (path)
        {
            case LiveReloadScript.EventsPath:
                context.Response.ContentType = "text/event-stream";
                context.Response.Headers.CacheControl = "no-cache";
                var greeting = _lastError is { } problems ? LiveReloadHub.Format("error", problems) : null;
                await _hub.StreamAsync(context.Response.Body, () => context.Response.Body.FlushAsync(context.RequestAborted), greeting, context.RequestAborted).ConfigureAwait(false);
                return;
            case LiveReloadScript.Path:
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.WriteAsync(LiveReloadScript.Source, context.RequestAborted).ConfigureAwait(false);
                return;
            case LiveReloadScript.CssPath:
                context.Response.ContentType = "text/css; charset=utf-8";
                await context.Response.WriteAsync(LiveReloadScript.Css, context.RequestAborted).ConfigureAwait(false);
                return;
        }

        var root = Path.GetFullPath(_outputDir);
        if (_lastError is { } error && !File.Exists(Path.Combine(root, SiteWriter.MarkerFile)))
        {
            // No site to fall back on: every page is the error until a build succeeds.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(BuildErrorPage.Render(error), context.RequestAborted).ConfigureAwait(false);
            return;
        }
        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        var file = Path.GetFullPath(Path.Combine(root, relative));
        if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && file != root)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        // The build's manifest, a .git or .env the user keeps beside the site: never sent.
        if (relative.Split('/', '\\').Any(part => part.StartsWith('.'))) file = Path.Combine(root, "no such file");
        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.Redirect(path + "/");
                return;
            }
            file = Path.Combine(file, "index.html");
        }

        var status = StatusCodes.Status200OK;
        if (!File.Exists(file))
        {
            file = Path.Combine(root, "404.html");
            status = StatusCodes.Status404NotFound;
            if (!File.Exists(file))
            {
                context.Response.StatusCode = status;
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (!file.EndsWith(".html", StringComparison.Ordinal))
        {
            context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            await context.Response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await using var html = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, useAsync: true);
        await HeadInjector.CopyAsync(html, context.Response.Body, LiveReloadTags, context.RequestAborted).ConfigureAwait(false);
    }

    private static readonly byte[] LiveReloadTags = Encoding.UTF8.GetBytes(LiveReloadScript.CssTag + LiveReloadScript.Tag);

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        if (_debounce is not null) await _debounce.DisposeAsync().ConfigureAwait(false);
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
        _buildGate.Dispose();
    }
}
