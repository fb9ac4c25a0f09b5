using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Demo;
using PartyReview.TestSupport;

namespace PartyReview.IntegrationTests.Reviews;

/// <summary>The same three-step scenarios on a real PostgreSQL server (migrated and seeded with the demo).</summary>
public sealed class StepEntryPostgreSqlTests
{
    [Fact]
    public async Task The_three_steps_the_secretarys_rights_and_accept_all_on_PostgreSQL()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(DatabaseProvider.PostgreSql, database.ConnectionString);
        await using (var db = new PartyReviewDbContext(options.Options))
        {
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            Assert.True(await new DemoDataSeeder(db).SeedAsync(TestContext.Current.CancellationToken));
        }

        await using var app = AppServices.Create(DatabaseProvider.PostgreSql, database.ConnectionString, EntryTestContext.Now);
        var scenarios = new StepScenarios(app);
        await scenarios.ThreeStepsAreKeptApartAndTheDecisionIsOfficialAsync();
        await scenarios.TheSecretaryDecidesMembersButNotTheOrganizationAsync();
        await scenarios.AcceptingAllTakesOnlyUnchangedValidProposalsAsync();
    }
}
