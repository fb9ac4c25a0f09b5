using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using PartyReview.Data.Auditing;
using PartyReview.Data.Demo;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.Web;
using PartyReview.Web.Features.Reviews;
using PartyReview.Web.Infrastructure;
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

        await SavingTheLargestOrganizationIsBatchedAsync(database.ConnectionString, cancellationToken);
    }

    /// <summary>On a server database the save of a whole organization is a handful of round trips, not one per member.</summary>
    private static async Task SavingTheLargestOrganizationIsBatchedAsync(string connectionString, CancellationToken cancellationToken)
    {
        var commands = new CommandCounter();
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var audit = new SystemAuditContext();
        var options = new DbContextOptionsBuilder<PartyReviewDbContext>();
        options.UsePartyReviewDatabase(DatabaseProvider.PostgreSql, connectionString).AddInterceptors(new AuditInterceptor(audit, clock.Object), commands);
        await using var db = new PartyReviewDbContext(options.Options);
        var periodId = await db.ReviewPeriods.Where(p => p.Year == 2026).Select(p => p.Id).SingleAsync(cancellationToken);
        var largest = await db.MemberReviews.Where(r => r.ReviewPeriodId == periodId)
            .GroupBy(r => r.OrganizationId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(cancellationToken);
        // The harness of the app's DI runs on SQLite; on the server database the service is put together by hand.
        var localizers = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        var service = new ReviewEntryService(
            db, new CurrentCommittee(db), audit, clock.Object,
            new StringLocalizer<ReviewsMessages>(localizers), new StringLocalizer<SharedResource>(localizers), NullLogger<ReviewEntryService>.Instance);
        var form = EntryTestContext.FormOf((await service.GetAsync(2026, largest, EntryTestContext.Staff, cancellationToken))!);
        Assert.True(form.Members.Count > 100);
        form.Members.ForEach(m => { m.Score = "77"; m.Level = null; m.Reason = null; });

        commands.Count = 0;
        var result = await service.SaveAsync(2026, largest, form, EntryTestContext.Staff, cancellationToken);

        Assert.Equal(EntrySaveOutcome.Saved, result.Outcome);
        Assert.InRange(commands.Count, 1, 12);
    }
}
