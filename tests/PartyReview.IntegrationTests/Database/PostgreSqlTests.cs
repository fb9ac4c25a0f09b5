using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Demo;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.Web.Features.Province;
using PartyReview.Web.Features.Reports;
using PartyReview.Web.Features.Reviews;

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

        var committeeId = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(cancellationToken);
        await using var app = AppServices.Create(DatabaseProvider.PostgreSql, database.ConnectionString, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await using (var scope = app.Scope())
        {
            var service = scope.Get<TallyService>();
            var tally = (await service.GetYearTallyAsync(committeeId, 2019, cancellationToken))!;
            Assert.Equal((66, 68, 62, 17, 4), (tally.Organizations.Rated, tally.Organizations.Total, tally.Organizations.GoodOrBetter, tally.Organizations.Excellent, tally.Organizations.Complete));
            Assert.Equal((58, 60, 37, 17, 4), (tally.Leadership.Rated, tally.Leadership.Total, tally.Leadership.GoodOnly, tally.Leadership.Excellent, tally.Leadership.Complete));
            Assert.Equal((2662, 2748, 2607, 386, 49, 6), (tally.Members.Rated, tally.Members.Total, tally.Members.GoodOrBetter, tally.Members.Excellent, tally.Members.Complete, tally.Members.NotComplete));
            // The demo's chi bộ trực thuộc (ADR 0008), on their own line: the TCCS line above is the article's.
            Assert.Equal((8, 8, 6, 3), (tally.AffiliatedCells.Total, tally.AffiliatedCells.Rated, tally.AffiliatedCells.GoodOrBetter, tally.AffiliatedCells.Excellent));
            var movements = await service.GetMovementTallyAsync(committeeId, 2019, cancellationToken);
            Assert.Equal(145, movements.Admitted);
            Assert.Equal(120, movements.AdmissionTarget);
        }

        // The province's roll-up of both demo committees, grouped on the server.
        await using (var scope = app.Scope())
        {
            await Province.ProvinceRollUpTests.AssertRollUpAsync(scope, (await scope.Get<ProvinceService>().GetAsync(2019, cancellationToken))!);
        }

        await SavingTheLargestOrganizationIsBatchedAsync(app, cancellationToken);
    }

    /// <summary>On a server database the save of a whole organization is a handful of round trips, not one per member.</summary>
    private static async Task SavingTheLargestOrganizationIsBatchedAsync(AppServices app, CancellationToken cancellationToken)
    {
        await using var scope = app.Scope();
        var db = scope.Db();
        var periodId = await db.ReviewPeriods.Where(p => p.Year == 2026 && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(cancellationToken);
        var largest = await db.MemberReviews.Where(r => r.ReviewPeriodId == periodId)
            .GroupBy(r => r.OrganizationId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(cancellationToken);
        var service = scope.Get<ReviewEntryService>();
        var form = EntryTestContext.FormOf((await service.GetAsync(2026, largest, EntryTestContext.Staff, cancellationToken))!);
        Assert.True(form.Members.Count > 100);
        form.Members.ForEach(m => { m.Score = "77"; m.Level = null; m.Reason = null; });

        app.Commands.Count = 0;
        var result = await service.SaveAsync(2026, largest, form, EntryTestContext.Staff, cancellationToken);

        Assert.Equal(EntrySaveOutcome.Saved, result.Outcome);
        Assert.InRange(app.Commands.Count, 1, 12);
    }
}
