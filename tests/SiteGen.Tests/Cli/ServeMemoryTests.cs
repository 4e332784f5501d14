using System.Net;
using SiteGen.Cli.Serve;
using SiteGen.Pipeline;
using SiteGen.Tests.Robustness;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// Issue 15: `serve` streams files. Eight requests for a 57 MB page reached 2 GB when each was
/// read whole, decoded, edited and encoded again. Measured by what the process allocates, so it
/// runs alone (<see cref="LargeBuilds"/>): other tests' allocations would count too.
/// </summary>
[Collection(LargeBuilds.Name)]
public sealed class ServeMemoryTests
{
    [Fact]
    public async Task A_large_page_is_streamed_with_the_live_reload_tags_not_held_in_memory()
    {
        using var site = new TestSite(copyShippedInput: false);
        site.Write("list.txt", "Doe, Jane\nA Paper\nDoe, Jane\nAn abstract long enough to be one, about serving a very large page.\n");
        await using var server = new PreviewServer(new BuildOptions { InputDir = site.Input, ThemeDir = RepoPaths.Theme, OutputDir = site.Output }, 0, TextWriter.Null, TextWriter.Null);
        await server.StartAsync(CancellationToken.None);
        const int Size = 40 << 20;
        var head = "<!DOCTYPE html><html><head><title>big</title></HEAD><body>"u8.ToArray();
        await using (var page = File.Create(Path.Combine(site.Output, "big.html")))
        {
            page.Write(head);
            var line = "<p>a paragraph of a very long page, repeated until it is forty megabytes long</p>\n"u8.ToArray();
            for (var written = head.Length; written < Size; written += line.Length) page.Write(line);
        }
        var length = new FileInfo(Path.Combine(site.Output, "big.html")).Length;
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
        await http.GetStringAsync(new Uri("index.html", UriKind.Relative)); // warm up the server

        var before = GC.GetTotalAllocatedBytes(precise: true);
        using var response = await http.GetAsync(new Uri("big.html", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        var first = new MemoryStream();
        long received = 0;
        for (int n; (n = await body.ReadAsync(buffer)) > 0; received += n)
            if (first.Length < 4096) first.Write(buffer, 0, Math.Min(n, 4096));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tags = LiveReloadScript.CssTag + LiveReloadScript.Tag;
        Assert.Equal(length + tags.Length, received);
        Assert.Contains("<title>big</title>" + tags + "</HEAD>", System.Text.Encoding.UTF8.GetString(first.ToArray()), StringComparison.Ordinal);
        Assert.True(allocated < 8 << 20, $"serving a {length >> 20} MB page allocated {allocated >> 20} MB");
    }
}
