using Npgsql;

namespace PartyReview.TestSupport;

/// <summary>
/// The local PostgreSQL server the PostgreSQL tests use: PARTYREVIEW_TEST_POSTGRES, or the role .ci/run creates.
/// Each test gets a database of its own, dropped afterwards.
/// </summary>
public static class PostgresServer
{
    public const string DefaultConnectionString =
        "Host=127.0.0.1;Port=5432;Username=partyreview;Password=partyreview;Database=postgres;Timeout=5";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("PARTYREVIEW_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>Creates a new database; skips (or fails under CI) when no server answers.</summary>
    public static async Task<TemporaryPostgresDatabase> CreateDatabaseAsync()
    {
        var name = $"partyreview_test_{Guid.NewGuid():N}";
        try
        {
            await using var connection = new NpgsqlConnection(AdminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            TestRequirement.Unavailable($"No PostgreSQL server answered at {new NpgsqlConnectionStringBuilder(AdminConnectionString).Host}: {e.Message}");
        }

        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        return new TemporaryPostgresDatabase(name, builder.ConnectionString);
    }

    /// <summary>A loopback forwarder to the server of <paramref name="connectionString"/>, to cut and restore it.</summary>
    public static TcpForwarder ForwarderTo(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return TcpForwarder.Start(builder.Host ?? "127.0.0.1", builder.Port);
    }

    /// <summary><paramref name="connectionString"/> going through <paramref name="forwarder"/> instead of straight to the server.</summary>
    public static string Through(string connectionString, TcpForwarder forwarder)
    {
        ArgumentNullException.ThrowIfNull(forwarder);
        return new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = forwarder.Port }.ConnectionString;
    }
}

public sealed class TemporaryPostgresDatabase(string name, string connectionString) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    /// <summary>
    /// Drops the database. <c>WITH (FORCE)</c> ends the test's own sessions, but it refuses (42501) while a session of
    /// another role is on the database, e.g. the server's autovacuum worker after a big seed; that one ends by itself,
    /// so the drop is tried again for a few seconds. A database still there after that is left for the server to keep:
    /// cleaning up must not fail the test that used it.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await connection.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                if (attempt == 20)
                {
                    return;
                }

                await Task.Delay(250);
            }
        }
    }
}
