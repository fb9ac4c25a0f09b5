using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Demo;

namespace PartyReview.IntegrationTests.Reviews;

/// <summary>
/// Eight concurrent writers on one organization's entry grid (ADR 0004), on SQLite and on PostgreSQL: every save lands
/// whole or is told of the conflict, the final state is one serial order of the accepted saves, and the audit shows
/// each accepted change once. The figures go to the test output (docs/reliability.md).
/// </summary>
public sealed class GridConcurrentWritersTests
{
    private const string Organization = "TCCS47";

    [Fact(Timeout = 300_000)]
    public async Task On_SQLite_one_of_eight_writers_from_the_same_version_lands_and_seven_are_told()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var writers = new GridWriters(context.App, () => DemoDatabase.CreateContext(context.ConnectionString), "SQLite");
        await writers.OneLandsAndTheOthersAreToldAsync(await context.OrganizationIdAsync(Organization));
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
    }

    [Fact(Timeout = 300_000)]
    public async Task On_SQLite_eight_writers_that_reload_after_a_conflict_all_land_one_after_another()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var writers = new GridWriters(context.App, () => DemoDatabase.CreateContext(context.ConnectionString), "SQLite");
        await writers.AllLandWhenTheyRetryAsync(await context.OrganizationIdAsync(Organization));
        TestContext.Current.CancellationToken.ThrowIfCancellationRequested();
    }

    [Fact(Timeout = 400_000)]
    public async Task On_PostgreSQL_one_of_eight_lands_and_eight_that_reload_all_land()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        await using (var db = PostgreSqlContext(database.ConnectionString))
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            Assert.True(await new DemoDataSeeder(db).SeedAsync(TestContext.Current.CancellationToken));
        }

        await using var app = AppServices.Create(DatabaseProvider.PostgreSql, database.ConnectionString, EntryTestContext.Now);
        var writers = new GridWriters(app, () => PostgreSqlContext(database.ConnectionString), "PostgreSQL");
        int organizationId;
        await using (var db = PostgreSqlContext(database.ConnectionString))
        {
            organizationId = await db.Organizations.Where(o => o.Code == Organization).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        // On the same sheet: first the eight from one version, then eight that reload, from the state the first left.
        await writers.OneLandsAndTheOthersAreToldAsync(organizationId);
        await writers.AllLandWhenTheyRetryAsync(organizationId);
    }

    private static PartyReviewDbContext PostgreSqlContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(DatabaseProvider.PostgreSql, connectionString);
        return new PartyReviewDbContext(options.Options);
    }
}
