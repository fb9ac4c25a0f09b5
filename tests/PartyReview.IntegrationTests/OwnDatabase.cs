using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.TestSupport;

namespace PartyReview.IntegrationTests;

/// <summary>
/// A new, migrated SQLite or PostgreSQL database of a test's own (not the demo, which other work rewrites), with the
/// app's services on it; a subclass seeds the small committee its tests read.
/// </summary>
public abstract class OwnDatabase : IAsyncDisposable
{
    private readonly TemporaryPostgresDatabase? _postgres;

    protected OwnDatabase(DatabaseProvider provider, NewDatabase database, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(database);
        Provider = provider;
        ConnectionString = database.ConnectionString;
        _postgres = database.Postgres;
        App = AppServices.Create(provider, ConnectionString, now);
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    public AppServices App { get; }

    /// <summary>An empty database of the provider, migrated: a PostgreSQL test database, or a new SQLite file.</summary>
    protected static async Task<NewDatabase> CreateDatabaseAsync(DatabaseProvider provider)
    {
        if (provider != DatabaseProvider.PostgreSql)
        {
            return new NewDatabase(await DemoDatabase.CreateEmptyAsync(), null);
        }

        var postgres = await PostgresServer.CreateDatabaseAsync();
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(provider, postgres.ConnectionString);
        await using var db = new PartyReviewDbContext(options.Options);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return new NewDatabase(postgres.ConnectionString, postgres);
    }

    public PartyReviewDbContext Context()
    {
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(Provider, ConnectionString);
        return new PartyReviewDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A new database: its connection string, and the PostgreSQL database to drop afterwards (none for SQLite).</summary>
    protected sealed record NewDatabase(string ConnectionString, TemporaryPostgresDatabase? Postgres);
}
