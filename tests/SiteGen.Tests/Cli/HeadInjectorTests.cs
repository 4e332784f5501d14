using System.Text;
using SiteGen.Cli.Serve;

namespace SiteGen.Tests.Cli;

/// <summary>The live-reload tags go before the first &lt;/head&gt; wherever the chunks `serve` copies in happen to split it.</summary>
public sealed class HeadInjectorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(65_506)] // "</Head>" straddles the first 64 KiB chunk (it starts 27 characters after the padding)
    [InlineData(65_509)] // starts the second chunk
    [InlineData(200_000)]
    public async Task The_tags_go_before_the_first_head_end_in_any_case_wherever_chunks_split(int padding)
    {
        var page = "<html><head><title>" + new string('t', padding) + "</title></Head><body><p>x</head></p></body></html>";
        using var output = new MemoryStream();

        await HeadInjector.CopyAsync(new MemoryStream(Encoding.UTF8.GetBytes(page)), output, "<!--tags-->"u8.ToArray(), CancellationToken.None);

        Assert.Equal(page.Replace("</Head>", "<!--tags--></Head>", StringComparison.Ordinal), Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task A_page_without_a_head_is_copied_as_it_is()
    {
        var page = "<p>no head here, only a &lt;/hea</p>";
        using var output = new MemoryStream();

        await HeadInjector.CopyAsync(new MemoryStream(Encoding.UTF8.GetBytes(page)), output, "<!--tags-->"u8.ToArray(), CancellationToken.None);

        Assert.Equal(page, Encoding.UTF8.GetString(output.ToArray()));
    }
}
