using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Province;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Province;

/// <summary>
/// The province's roll-up of the demo: both committees' 2019 figures side by side, each exactly as its own tally reads
/// it, and their total, in a fixed number of grouped queries whatever the number of committees. The PostgreSQL run is
/// in <see cref="Database.PostgreSqlTests"/>.
/// </summary>
[Collection(DemoDatabaseGroup.Name)]
public sealed class ProvinceRollUpTests(DemoDatabaseFixture demo)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_2019_roll_up_shows_both_committees_and_their_total()
    {
        await using var app = AppServices.Create(demo.ConnectionString, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await using var scope = app.Scope();
        var year = (await scope.Get<ProvinceService>().GetAsync(2019, Token))!;

        await AssertRollUpAsync(scope, year);
    }

    [Fact]
    public async Task The_roll_up_issues_the_same_queries_for_one_committee_or_two()
    {
        await using var app = AppServices.Create(demo.ConnectionString, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await using (var scope = app.Scope())
        {
            app.Commands.Count = 0;
            Assert.Equal(2, (await scope.Get<ProvinceService>().GetAsync(2019, Token))!.Committees.Count);
        }

        var two = app.Commands.Count;
        await using (var scope = app.Scope())
        {
            app.Commands.Count = 0;
            Assert.Single((await scope.Get<ProvinceService>().GetAsync(2015, Token))!.Committees);
        }

        Assert.Equal(two, app.Commands.Count);
        // Periods, TCCS, chi bộ, leadership and member counts, years; events, headcounts and targets of the live years.
        Assert.True(two <= 9, $"{two} queries");
    }

    [Fact]
    public async Task A_year_no_committee_has_is_unknown()
    {
        await using var app = AppServices.Create(demo.ConnectionString, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        await using var scope = app.Scope();
        Assert.Null(await scope.Get<ProvinceService>().GetAsync(2010, Token));
    }

    /// <summary>Each committee's row is its own tally; the total is their sum, with denominators.</summary>
    internal static async Task AssertRollUpAsync(Microsoft.Extensions.DependencyInjection.AsyncServiceScope scope, ProvinceYear year)
    {
        Assert.Equal(["Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng", "Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng"], year.Committees.Select(c => c.Name));
        var khoi = year.Committees[0].Tally;
        Assert.Equal((68, 66, 62, 17, 4), (khoi.Organizations.Total, khoi.Organizations.Rated, khoi.Organizations.GoodOrBetter, khoi.Organizations.Excellent, khoi.Organizations.Complete));
        Assert.Equal((2748, 2662, 2607, 386), (khoi.Members.Total, khoi.Members.Rated, khoi.Members.GoodOrBetter, khoi.Members.Excellent));

        var tallies = scope.Get<TallyService>();
        var db = scope.Get<PartyReviewDbContext>();
        foreach (var committee in year.Committees)
        {
            var own = (await tallies.GetYearTallyAsync(committee.CommitteeId, 2019, Token))!;
            Assert.Equal(Figures(own.Organizations), Figures(committee.Tally.Organizations));
            Assert.Equal(Figures(own.Leadership), Figures(committee.Tally.Leadership));
            Assert.Equal(Figures(own.Members), Figures(committee.Tally.Members));
            var movements = await tallies.GetMovementTallyAsync(committee.CommitteeId, 2019, Token);
            Assert.Equal(Movements(movements), Movements(committee.Movements));
        }

        Assert.Equal(145, year.Committees[0].Movements.Admitted);
        Assert.Equal(2748, year.Committees[0].Movements.MembersAtEnd);
        Assert.Equal(2748 + year.Committees[1].Movements.MembersAtEnd, year.MembersAtEnd);

        var enterprise = year.Committees[1].Tally;
        Assert.Equal(12, enterprise.Organizations.Total);
        Assert.Equal(await db.Members.CountAsync(m => m.CommitteeId == year.Committees[1].CommitteeId, Token), enterprise.Members.Total);
        Assert.Equal(khoi.Organizations.Total + enterprise.Organizations.Total, year.Total.Organizations.Total);
        Assert.Equal(khoi.Organizations.GoodOrBetter + enterprise.Organizations.GoodOrBetter, year.Total.Organizations.GoodOrBetter);
        Assert.Equal(khoi.Leadership.Rated + enterprise.Leadership.Rated, year.Total.Leadership.Rated);
        Assert.Equal(khoi.Members.Excellent + enterprise.Members.Excellent, year.Total.Members.Excellent);
        Assert.Equal(khoi.Members.Total + enterprise.Members.Total, year.Total.Members.Total);
    }

    private static string Movements(PartyReview.Domain.Reporting.MovementTally m) =>
        string.Join(",", m.Counts.OrderBy(c => c.Kind).Select(c => $"{c.Kind}={c.Count}")) + $" target {m.AdmissionTarget} from {m.MembersAtStart} to {m.MembersAtEnd}";

    private static (int, int, int, int, int, int, int) Figures(PartyReview.Domain.Reporting.SubjectTally t) =>
        (t.Total, t.Rated, t.Excellent, t.GoodOnly, t.Complete, t.NotComplete, t.NotRated);
}
