using System.Net;
using System.Net.Sockets;

namespace SiteGen.E2E.Support;

/// <summary>A tiny static file server on 127.0.0.1 and a free port, so tests load the site over HTTP too.</summary>
internal sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly Task _loop;

    /// <param name="headers">Sent with every response, e.g. the deployed Content-Security-Policy.</param>
    public StaticServer(string root, IReadOnlyDictionary<string, string>? headers = null)
    {
        _root = Path.GetFullPath(root);
        _headers = headers ?? new Dictionary<string, string>();
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (HttpListenerException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        using var response = context.Response;
        // One request per connection: a page load over HTTP once stalled for 90 s in a loaded CI run;
        // this takes connection reuse in the managed HttpListener out of the picture.
        response.KeepAlive = false;
        foreach (var (name, value) in _headers) response.Headers[name] = value;
        var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
        var path = Path.GetFullPath(Path.Combine(_root, relative));
        if (Directory.Exists(path)) path = Path.Combine(path, "index.html");
        if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path))
        {
            response.StatusCode = 404;
            return;
        }
        var bytes = File.ReadAllBytes(path);
        response.ContentType = Path.GetExtension(path) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".xml" => "application/xml",
            _ => "application/octet-stream",
        };
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
