using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Demo;

namespace PartyReview.TestSupport;

/// <summary>
/// Real SQLite databases holding the demo committee. The demo is migrated and seeded once per test run into a
/// template file; every test that writes gets its own copy.
/// </summary>
public static class DemoDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static string TemporaryFolder { get; } =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "partyreview-tests", Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>A fresh copy of the seeded demo database; returns its connection string.</summary>
    public static async Task<string> CopyAsync()
    {
        var template = await Template.Value;
        var path = Path.Combine(TemporaryFolder, $"demo-{Guid.NewGuid():N}.db");
        File.Copy(template, path);
        return ConnectionString(path);
    }

    /// <summary>A new, empty, migrated database; returns its connection string.</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var connectionString = ConnectionString(Path.Combine(TemporaryFolder, $"empty-{Guid.NewGuid():N}.db"));
        await using var db = CreateContext(connectionString);
        await db.Database.MigrateAsync();
        return connectionString;
    }

    /// <summary>The demo as it stood before the 2019 ceremony: no commendation and no decision yet.</summary>
    public static async Task RemoveCommendationsAsync(string connectionString)
    {
        await using var db = CreateContext(connectionString);
        await db.Commendations.ExecuteDeleteAsync();
        await db.CommendationDecisions.ExecuteDeleteAsync();
    }

    public static PartyReviewDbContext CreateContext(string connectionString, Action<DbContextOptionsBuilder>? configure = null)
    {
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(DatabaseProvider.Sqlite, connectionString);
        configure?.Invoke(options);
        return new PartyReviewDbContext(options.Options);
    }

    private static string ConnectionString(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    private static async Task<string> CreateTemplateAsync()
    {
        var path = Path.Combine(TemporaryFolder, "demo-template.db");
        var connectionString = ConnectionString(path);
        await using (var db = CreateContext(connectionString))
        {
            await db.Database.MigrateAsync();
            await new DemoDataSeeder(db).SeedAsync();
        }

        // One file, no write-ahead log beside it: copies of it are complete.
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
            await command.ExecuteNonQueryAsync();
        }

        return path;
    }
}
