using Microsoft.EntityFrameworkCore;
using PartyReview.Data.Demo;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Reports;

/// <summary>Counting belongs to the database: the tally issues the same few queries whatever the data size.</summary>
public sealed class QueryCountTests
{
    [Fact]
    public async Task The_year_and_movement_tallies_issue_the_same_seven_queries_on_an_empty_committee_and_on_the_full_demo()
    {
        var empty = await DemoDatabase.CreateEmptyAsync();
        await using (var db = DemoDatabase.CreateContext(empty))
        {
            var committee = new PartyReview.Domain.Committees.Committee { Name = "Đảng ủy thử", ShortName = "Đảng ủy", UpperBodyName = "Đảng bộ tỉnh", Place = "Lâm Đồng", DocumentSymbol = "ĐU" };
            db.Committees.Add(committee);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            db.ReviewPeriods.Add(new PartyReview.Domain.Reviews.ReviewPeriod { CommitteeId = committee.Id, Year = 2019, ReviewDate = new DateOnly(2019, 12, 20) });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var onEmpty = await CountQueriesAsync(empty);
        var onDemo = await CountQueriesAsync(await DemoDatabase.CopyAsync());

        // Period, three level groupings; the decided year's kept figures (none: the year is open), movements by kind, then
        // the target with the members at the start and the end of the year.
        Assert.Equal(4 + 3, onEmpty);
        Assert.Equal(onEmpty, onDemo);
    }

    private static async Task<int> CountQueriesAsync(string connectionString)
    {
        var app = ReportTestServices.App(connectionString);
        await using var scope = app.Scope();
        var committeeId = await scope.Db().Committees.Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        var service = scope.Get<TallyService>();
        app.Commands.Count = 0;
        await service.GetYearTallyAsync(committeeId, 2019, TestContext.Current.CancellationToken);
        await service.GetMovementTallyAsync(committeeId, 2019, TestContext.Current.CancellationToken);
        return app.Commands.Count;
    }
}
