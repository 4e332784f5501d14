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
        // SSE data lines cannot contain newlines: each line of the payload is its own "data:" line.
        var message = new StringBuilder().Append("event: ").Append(eventName).Append('\n');
        foreach (var line in data.Split('\n')) message.Append("data: ").Append(line).Append('\n');
        message.Append('\n');
        foreach (var client in _clients.Values) client.Writer.TryWrite(message.ToString());
    }

    public async Task StreamAsync(Stream body, Func<Task> flush, CancellationToken cancel)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        _clients[id] = channel;
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
