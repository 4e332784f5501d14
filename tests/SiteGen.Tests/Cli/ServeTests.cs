using SiteGen.Cli.Serve;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>`sitegen serve` on a free loopback port: serves, rebuilds on edit, injects live reload (issue 8).</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Serve_builds_serves_and_rebuilds_when_an_input_changes()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", "Doe, Jane\nA First Title\nDoe, Jane\nAn abstract long enough to be one, about serving sites while editing them.\n");
        var options = new BuildOptions { InputDir = site.Input, ThemeDir = RepoPaths.Theme, OutputDir = site.Output };
        using var output = new StringWriter();
        using var error = new StringWriter();
        await using var server = new PreviewServer(options, port: 0, output, error);
        await server.StartAsync(CancellationToken.None);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(20) };

        var home = await http.GetStringAsync(new Uri("papers/index.html", UriKind.Relative));
        Assert.Contains("A First Title", home, StringComparison.Ordinal);
        Assert.Contains("/__sitegen/livereload.js", home, StringComparison.Ordinal);
        var folder = await http.GetAsync(new Uri("papers/", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, folder.StatusCode); // papers/index.html
        var missing = await http.GetAsync(new Uri("no/such/page.html", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        var escape = await http.GetAsync(new Uri("..%2F..%2Fetc%2Fpasswd", UriKind.Relative));
        Assert.NotEqual(System.Net.HttpStatusCode.OK, escape.StatusCode);

        var builds = server.Builds;
        site.Write("list.txt", "Doe, Jane\nA Second Title\nDoe, Jane\nAn abstract long enough to be one, about serving sites while editing them.\n");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (server.Builds == builds && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(server.Builds > builds, "no rebuild after the edit");

        home = await http.GetStringAsync(new Uri("papers/index.html", UriKind.Relative));
        Assert.Contains("A Second Title", home, StringComparison.Ordinal);
        // Same abstract, new title: the paper was renamed and its old URL redirects.
        var old = await http.GetStringAsync(new Uri("papers/a-first-title.html", UriKind.Relative));
        Assert.Contains("a-second-title", old, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_theme_keeps_the_server_and_the_last_good_site()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", "Doe, Jane\nStill Served\nDoe, Jane\nAn abstract long enough to be one, about keeping a server alive on errors.\n");
        var theme = Path.Combine(site.Root, "theme");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(theme, Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        using var output = new StringWriter();
        using var error = new StringWriter();
        await using var server = new PreviewServer(new BuildOptions { InputDir = site.Input, ThemeDir = theme, OutputDir = site.Output }, 0, output, error);
        await server.StartAsync(CancellationToken.None);
        using var http = new HttpClient { BaseAddress = server.Address };

        var builds = server.Builds;
        await File.WriteAllTextAsync(Path.Combine(theme, "layouts", "home.hbs"), "{{#each}}broken");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (server.Builds == builds && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(server.Builds > builds);
        Assert.Contains("build failed", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Still Served", await http.GetStringAsync(new Uri("papers/index.html", UriKind.Relative)), StringComparison.Ordinal);
    }
}
