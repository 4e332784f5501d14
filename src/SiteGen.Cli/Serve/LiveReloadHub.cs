using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Server-sent events to every open preview page: "reload" after a good build, "error"
/// (with the diagnostics) after a failed one. Each page holds one channel.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();

    public int Clients => _clients.Count;

    public void Broadcast(string eventName, string data)
    {
        var message = Format(eventName, data);
        foreach (var client in _clients.Values) client.Writer.TryWrite(message);
    }

    public static string Format(string eventName, string data)
    {
        // SSE data lines cannot contain newlines: each line of the payload is its own "data:" line.
        var message = new StringBuilder().Append("event: ").Append(eventName).Append('\n');
        foreach (var line in data.Split('\n')) message.Append("data: ").Append(line).Append('\n');
        return message.Append('\n').ToString();
    }

    /// <summary>
    /// Streams events to one page until it goes away. <paramref name="greeting"/> (the last
    /// build's error, if it failed) is sent first, so a page opened after a failed build
    /// shows the overlay too, not only the pages that were open when it failed.
    /// </summary>
    public async Task StreamAsync(Stream body, Func<Task> flush, string? greeting, CancellationToken cancel)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        _clients[id] = channel;
        if (greeting is not null) channel.Writer.TryWrite(greeting);
        try
        {
            await body.WriteAsync(Encoding.UTF8.GetBytes(": connected\n\n"), cancel).ConfigureAwait(false);
            await flush().ConfigureAwait(false);
            await foreach (var message in channel.Reader.ReadAllAsync(cancel).ConfigureAwait(false))
            {
                await body.WriteAsync(Encoding.UTF8.GetBytes(message), cancel).ConfigureAwait(false);
                await flush().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping.
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }
}
