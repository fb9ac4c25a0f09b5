using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PartyReview.Web.Infrastructure;

/// <summary>
/// Tells a database that cannot be reached (server down, connection cut, timeout, busy file) from a bug. An outage is
/// answered 503 with <c>Retry-After</c> and the friendly page; a bug stays a 500. Nothing is half-written either way:
/// every use case runs in one transaction, which the server rolls back when its connection is lost.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>Seconds a client is told to wait before trying again (the <c>Retry-After</c> header).</summary>
    public const int RetryAfterSeconds = 30;

    // SQL Server: timeout, network errors (53, 233, 10053, 10054, 10060, 10061, 11001), database not available (4060),
    // Azure throttling and failover (40197, 40501, 40613, 49918, 49919, 49920).
    private static readonly HashSet<int> SqlServerTransient = [-2, 53, 233, 4060, 10053, 10054, 10060, 10061, 11001, 40197, 40501, 40613, 49918, 49919, 49920];

    // SQLite: busy (5), locked (6), I/O error (10), cannot open the file (14).
    private static readonly HashSet<int> SqliteTransient = [5, 6, 10, 14];

    /// <summary>Whether <paramref name="exception"/>, or one it wraps (a <see cref="DbUpdateException"/>, …), says the database is unreachable.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Any(Is);
            }

            if (IsUnreachable(e))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnreachable(Exception e) => e switch
    {
        // A statement the server refused (a constraint, bad SQL) is a bug; a connection class error (08xxx), a server
        // shutting down (57P01-57P03) or out of connections (53300) is not.
        PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300",
        NpgsqlOperationInProgressException => false,
        NpgsqlException => true,
        SqlException sql => sql.Errors.Cast<SqlError>().Any(error => SqlServerTransient.Contains(error.Number)),
        SqliteException sqlite => SqliteTransient.Contains(sqlite.SqliteErrorCode & 0xFF),
        TimeoutException or SocketException => true,
        _ => false,
    };

    /// <summary>The status code the exception handler answers: 503 for an outage, 500 for anything else.</summary>
    public static int StatusCodeFor(Exception exception) =>
        Is(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>
    /// Drops the pooled connections of every provider: after an outage the pool holds connections the server has
    /// closed, and each would fail one more request. New connections are opened once the server answers again.
    /// </summary>
    public static void ClearPools()
    {
        NpgsqlConnection.ClearAllPools();
        SqlConnection.ClearAllPools();
    }
}
