using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PartyReview.TestSupport;

/// <summary>
/// A loopback TCP forwarder between the app and a database server, to play an outage without stopping the real
/// server (other tests share it). It listens on 127.0.0.1 on a free port and forwards to the target.
/// <see cref="Cut"/> resets every open connection and refuses (resets) new ones until <see cref="Restore"/>.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<int, (Socket Client, Socket Server)> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _next;
    private volatile bool _down;

    private TcpForwarder(IPEndPoint target)
    {
        _target = target;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The port the forwarder listens on (127.0.0.1).</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections currently forwarded.</summary>
    public int OpenConnections => _open.Count;

    /// <summary>Connections accepted since the start (refused ones included).</summary>
    public int Accepted => _next;

    /// <summary>Whether the forwarder is cut.</summary>
    public bool IsDown => _down;

    /// <summary>Starts forwarding 127.0.0.1:<see cref="Port"/> to <paramref name="host"/>:<paramref name="port"/> (loopback only).</summary>
    public static TcpForwarder Start(string host, int port)
    {
        var address = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.Parse(host);
        if (!IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"The forwarder stays on the loopback interface; {host} is not.", nameof(host));
        }

        return new TcpForwarder(new IPEndPoint(address, port));
    }

    /// <summary>The outage: every open connection is reset, and new ones are reset as soon as they are accepted.</summary>
    public void Cut()
    {
        _down = true;
        foreach (var (id, pair) in _open)
        {
            Reset(pair.Client);
            Reset(pair.Server);
            _open.TryRemove(id, out _);
        }
    }

    /// <summary>The server is back: new connections are forwarded again.</summary>
    public void Restore() => _down = false;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            var id = Interlocked.Increment(ref _next);
            if (_down)
            {
                Reset(client);
                continue;
            }

            _ = ForwardAsync(id, client);
        }
    }

    private async Task ForwardAsync(int id, Socket client)
    {
        var server = new Socket(_target.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        client.NoDelay = true;
        try
        {
            await server.ConnectAsync(_target, _stop.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            Reset(client);
            server.Dispose();
            return;
        }

        _open[id] = (client, server);
        if (_down)
        {
            Cut();
            return;
        }

        await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        if (_open.TryRemove(id, out _))
        {
            Reset(client);
            Reset(server);
        }
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }

    /// <summary>Closes with a reset (no graceful FIN): what the peer sees when a server or a network dies.</summary>
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }

        socket.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
