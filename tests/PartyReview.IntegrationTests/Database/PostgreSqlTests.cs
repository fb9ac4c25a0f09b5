using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Demo;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Database;

/// <summary>On a real PostgreSQL server: the migrations apply, the demo seeds, and the tallies are the article's.</summary>
public sealed class PostgreSqlTests
{
    [Fact]
    public async Task Migrate_seed_and_count_the_2019_review_on_PostgreSQL()
    {
        await using var database = await PostgresServer.CreateDatabaseAsync();
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(DatabaseProvider.PostgreSql, database.ConnectionString);
        await using var db = new PartyReviewDbContext(options.Options);
        var cancellationToken = TestContext.Current.CancellationToken;

        await db.Database.MigrateAsync(cancellationToken);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(cancellationToken));
        Assert.True(await new DemoDataSeeder(db).SeedAsync(cancellationToken));

        var committeeId = await db.Committees.Select(c => c.Id).SingleAsync(cancellationToken);
        var service = new TallyService(db);
        var tally = (await service.GetYearTallyAsync(committeeId, 2019, cancellationToken))!;
        Assert.Equal((66, 68, 62, 17, 4), (tally.Organizations.Rated, tally.Organizations.Total, tally.Organizations.GoodOrBetter, tally.Organizations.Excellent, tally.Organizations.Complete));
        Assert.Equal((58, 60, 37, 17, 4), (tally.Leadership.Rated, tally.Leadership.Total, tally.Leadership.GoodOnly, tally.Leadership.Excellent, tally.Leadership.Complete));
        Assert.Equal((2662, 2748, 2607, 386, 49, 6), (tally.Members.Rated, tally.Members.Total, tally.Members.GoodOrBetter, tally.Members.Excellent, tally.Members.Complete, tally.Members.NotComplete));
        var movements = await service.GetMovementTallyAsync(committeeId, 2019, cancellationToken);
        Assert.Equal(145, movements.Admitted);
        Assert.Equal(120, movements.AdmissionTarget);
    }
}
