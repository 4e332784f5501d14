using System.Net;
using System.Text.RegularExpressions;
using SiteGen.Cli;
using SiteGen.Cli.Serve;
using SiteGen.Pipeline;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>`sitegen serve` on a free loopback port: serves, rebuilds on edit, injects live reload, shows build errors (issue 8).</summary>
public sealed class ServeTests
{
    private const string Listing = "Doe, Jane\nA First Title\nDoe, Jane\nAn abstract long enough to be one, about serving sites while editing them.\n";

    private static async Task WaitForBuild(PreviewServer server, int builds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (server.Builds == builds && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.True(server.Builds > builds, "no rebuild after the edit");
    }

    /// <summary>Opens the live-reload stream as a page does and returns the first event's name and data.</summary>
    private static async Task<(string Event, string Data)> FirstEvent(HttpClient http)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await http.GetAsync(new Uri(LiveReloadScript.EventsPath, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        string? name = null;
        var data = new List<string>();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Add(line["data: ".Length..]);
            else if (line.Length == 0 && name is not null) break;
        }
        return (name ?? "", string.Join('\n', data));
    }

    [Fact]
    public async Task Serve_builds_serves_and_rebuilds_when_an_input_changes()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", Listing);
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
        Assert.Equal(HttpStatusCode.OK, folder.StatusCode); // papers/index.html
        var missing = await http.GetAsync(new Uri("no/such/page.html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var escape = await http.GetAsync(new Uri("..%2F..%2Fetc%2Fpasswd", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, escape.StatusCode);

        var builds = server.Builds;
        site.Write("list.txt", Listing.Replace("A First Title", "A Second Title", StringComparison.Ordinal));
        await WaitForBuild(server, builds);

        home = await http.GetStringAsync(new Uri("papers/index.html", UriKind.Relative));
        Assert.Contains("A Second Title", home, StringComparison.Ordinal);
        // Same abstract, new title: the paper was renamed and its old URL redirects.
        var old = await http.GetStringAsync(new Uri("papers/a-first-title.html", UriKind.Relative));
        Assert.Contains("a-second-title", old, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_that_changes_nothing_says_nothing_changed()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", Listing);
        using var output = new StringWriter();
        using var error = new StringWriter();
        await using var server = new PreviewServer(new BuildOptions { InputDir = site.Input, ThemeDir = RepoPaths.Theme, OutputDir = site.Output }, 0, output, error);
        await server.StartAsync(CancellationToken.None);
        Assert.Contains("built 1 papers", output.ToString(), StringComparison.Ordinal);

        var builds = server.Builds;
        site.Write("list.txt", Listing); // the editor saved without a change
        await WaitForBuild(server, builds);

        var last = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.StartsWith("nothing changed since the last build", last, StringComparison.Ordinal);
        Assert.DoesNotContain("built 0 papers", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ThemeCopy.BrokenTemplate, ThemeCopy.BrokenTemplateError)]
    [InlineData(ThemeCopy.FailingTemplate, ThemeCopy.FailingTemplateError)]
    public async Task A_broken_theme_keeps_the_server_and_the_last_good_site_and_pages_opened_later_get_the_error(string template, string reported)
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", "Doe, Jane\nStill Served\nDoe, Jane\nAn abstract long enough to be one, about keeping a server alive on errors.\n");
        var theme = ThemeCopy.Into(site.Root);
        using var output = new StringWriter();
        using var error = new StringWriter();
        await using var server = new PreviewServer(new BuildOptions { InputDir = site.Input, ThemeDir = theme, OutputDir = site.Output }, 0, output, error);
        await server.StartAsync(CancellationToken.None);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(20) };

        var builds = server.Builds;
        await File.WriteAllTextAsync(ThemeCopy.HomeLayout(theme), template);
        await WaitForBuild(server, builds);
        Assert.Contains("build failed", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(reported, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Still Served", await http.GetStringAsync(new Uri("papers/index.html", UriKind.Relative)), StringComparison.Ordinal);

        // A page opened after the failure learns of it as soon as it connects.
        var (name, data) = await FirstEvent(http);
        Assert.Equal("error", name);
        Assert.Contains(reported, data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_first_build_fails_every_page_is_the_escaped_error_until_a_build_succeeds()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", Listing);
        // A file name that is markup: its warning is part of the error text and must arrive as text.
        site.Write("a<b>.txt", "LGMar 1, 2024\nOther Paper TitleAlice Smith, Bob Jones\nAn abstract.\na stray line that fits no entry\n");
        var theme = ThemeCopy.Broken(site.Root);
        using var output = new StringWriter();
        using var error = new StringWriter();
        await using var server = new PreviewServer(new BuildOptions { InputDir = site.Input, ThemeDir = theme, OutputDir = site.Output }, 0, output, error);
        await server.StartAsync(CancellationToken.None);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(20) };
        Assert.False(Directory.Exists(site.Output));

        foreach (var path in new[] { "", "papers/a-first-title.html" })
        {
            var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            var page = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("SiteGen build failed", page, StringComparison.Ordinal);
            Assert.Contains(ThemeCopy.BrokenTemplateError, page, StringComparison.Ordinal);
            Assert.Contains("a&lt;b&gt;.txt(4): warning:", page, StringComparison.Ordinal);
            Assert.DoesNotContain("a<b>", page, StringComparison.Ordinal);
            Assert.Contains(LiveReloadScript.Tag, page, StringComparison.Ordinal); // so it turns into the site once fixed
        }
        Assert.Equal("error", (await FirstEvent(http)).Event);

        var builds = server.Builds;
        File.Copy(ThemeCopy.HomeLayout(RepoPaths.Theme), ThemeCopy.HomeLayout(theme), overwrite: true);
        await WaitForBuild(server, builds);

        var home = await http.GetAsync(new Uri("", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.DoesNotContain("SiteGen build failed", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("A First Title", await http.GetStringAsync(new Uri("papers/index.html", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_serve_like_Ctrl_C_stops_the_server_and_exits_0()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", Listing);
        var output = new LockedWriter();
        var error = new LockedWriter();
        using var cancel = new CancellationTokenSource();
        var run = SiteGenCommandLine.RunAsync(
            ["serve", "--input", site.Input, "--theme", RepoPaths.Theme, "--output", site.Output, "--port", "0"], output, error, cancel.Token);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        Match serving;
        while (!(serving = Regex.Match(output.ToString(), @"serving .* at (http://\S+) ")).Success && !run.IsCompleted && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.True(serving.Success, $"serve did not start: {output}{error}");
        var address = new Uri(serving.Groups[1].Value);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };
        Assert.Contains("A First Title", await http.GetStringAsync(new Uri("papers/index.html", UriKind.Relative)), StringComparison.Ordinal);

        await cancel.CancelAsync();
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(run, finished);
        Assert.Equal(ExitCodes.Success, await run);
        Assert.EndsWith("stopped", output.ToString().TrimEnd(), StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetStringAsync(new Uri("papers/index.html", UriKind.Relative)));
    }

    [Fact]
    public async Task A_port_in_use_is_a_usage_error_that_says_how_to_pick_another()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", Listing);
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var output = new LockedWriter();
        var error = new LockedWriter();

        var run = SiteGenCommandLine.RunAsync(
            ["serve", "--input", site.Input, "--theme", RepoPaths.Theme, "--output", site.Output, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            output, error, CancellationToken.None);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.Same(run, finished);
        Assert.Equal(ExitCodes.UsageError, await run);
        Assert.Contains("choose another port with --port N", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:8080")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task A_request_for_another_host_name_is_refused_as_DNS_rebinding_would_send_it(string host)
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", Listing);
        await using var server = await QuietServer(site);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(20) };

        foreach (var path in new[] { "papers/index.html", ".sitegen-output", LiveReloadScript.Path.TrimStart('/') })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Host = host;
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("A First Title", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        foreach (var local in new[] { "localhost", $"localhost:{server.Address!.Port}", $"127.0.0.1:{server.Address.Port}", "[::1]" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("papers/index.html", UriKind.Relative));
            request.Headers.Host = local;
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData(".sitegen-output")]
    [InlineData("%2Esitegen-output")]
    [InlineData("papers/.hidden.html")]
    [InlineData(".git/config")]
    public async Task Nothing_whose_path_starts_with_a_dot_is_served(string path)
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", Listing);
        await using var server = await QuietServer(site);
        Directory.CreateDirectory(Path.Combine(site.Output, ".git"));
        File.WriteAllText(Path.Combine(site.Output, ".git", "config"), "[remote] url = https://token@example.org/secret.git");
        File.WriteAllText(Path.Combine(site.Output, "papers", ".hidden.html"), "<p>hidden</p>");
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(20) };

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("fingerprint", body, StringComparison.Ordinal);
        Assert.DoesNotContain("token@", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden</p>", body, StringComparison.Ordinal);
    }

    /// <summary>A started server on a free port that prints nothing.</summary>
    private static async Task<PreviewServer> QuietServer(TestSite site)
    {
        var server = new PreviewServer(new BuildOptions { InputDir = site.Input, ThemeDir = RepoPaths.Theme, OutputDir = site.Output }, 0, TextWriter.Null, TextWriter.Null);
        await server.StartAsync(CancellationToken.None);
        return server;
    }

    /// <summary>A writer the server's threads and the test can share.</summary>
    private sealed class LockedWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public override void Write(char value)
        {
            lock (_gate) base.Write(value);
        }

        public override void Write(string? value)
        {
            lock (_gate) base.Write(value);
        }

        public override void WriteLine(string? value)
        {
            lock (_gate) base.WriteLine(value);
        }

        public override string ToString()
        {
            lock (_gate) return base.ToString();
        }
    }
}
