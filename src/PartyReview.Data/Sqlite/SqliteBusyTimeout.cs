using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartyReview.Data.Sqlite;

/// <summary>
/// Makes SQLite itself wait for a lock held by another writer, on every connection it opens.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite retries a busy statement only on its first step. A save of one row runs without a
/// transaction as <c>UPDATE … RETURNING</c>, and commits on the statement's last step. If another connection is
/// reading or writing at that moment, the commit answered "database is locked" at once (seen in CI with two users
/// saving one member). SQLite's own busy handler waits on every step, the commit included.
/// </remarks>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    /// <summary>A statement waits up to 30 s for another connection's lock, as long as a command may run.</summary>
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
