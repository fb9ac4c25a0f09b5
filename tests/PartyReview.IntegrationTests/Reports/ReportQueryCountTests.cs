using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Members;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Reports;

/// <summary>The dashboard and the report each issue a small, fixed number of SQL queries, whatever the data size.</summary>
public sealed class ReportQueryCountTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_dashboard_and_the_report_issue_the_same_few_queries_when_the_data_grows()
    {
        var connectionString = await DemoDatabase.CopyAsync();
        var before = await CountAsync(connectionString);

        await GrowAsync(connectionString, organizations: 3, membersEach: 400);
        var after = await CountAsync(connectionString);

        // Counted live (no figures kept yet). Dashboard: committee, periods, 3 grouped counts over every year,
        // 2 × (kept figures? + movements + target), organizations, members per organization, open progress.
        Assert.Equal(14, before.Dashboard);
        // Report: committee, period, 3 grouped counts, kept figures? + movements + target, years, five-year members, awards, versions.
        Assert.Equal(12, before.Report);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_decided_years_kept_figures_spare_the_dashboard_and_the_report_their_counting_queries()
    {
        var connectionString = await DemoDatabase.CopyAsync();
        var live = await CountAsync(connectionString);
        await using (var scope = ReportTestServices.App(connectionString).Scope())
        {
            await scope.Get<TallyService>().KeepMissingFiguresAsync(Token);
        }

        var kept = await CountAsync(connectionString);

        // Read back, not counted: on the report the year's three level counts with their scores, its movements and both
        // headcounts, and the "N năm liền" members; on the dashboard the movements and headcounts of 2019 and 2018 (its
        // level counts over every year are still counted, ADR 0009).
        Assert.Equal((live.Dashboard - 4, live.Report - 6), kept);
    }

    [Fact]
    public async Task A_page_of_the_dashboards_organization_table_searched_and_sorted_costs_the_same_queries_as_the_first()
    {
        var connectionString = await DemoDatabase.CopyAsync();
        await GrowAsync(connectionString, organizations: 40, membersEach: 3);
        var app = ReportTestServices.App(connectionString);
        DashboardViewModel? first, later;
        await using (var scope = app.Scope())
        {
            app.Commands.Count = 0;
            first = await scope.Get<DashboardService>().GetAsync(2019, Token);
        }

        var plain = app.Commands.Count;
        await using (var scope = app.Scope())
        {
            app.Commands.Count = 0;
            later = await scope.Get<DashboardService>().GetAsync(2019, new OrganizationTableRequest("thêm", OrganizationSort.Members, Descending: true, Page: 2), Token);
        }

        Assert.Equal(14, plain);
        Assert.Equal(plain, app.Commands.Count);
        Assert.Equal((108, 25), (first!.Organizations.Total, first.Organizations.Items.Count));
        Assert.Equal((40, 2, 15), (later!.Organizations.Total, later.Organizations.Page, later.Organizations.Items.Count));
        Assert.All(later.Organizations.Items, l => Assert.StartsWith("Chi bộ thêm", l.Organization.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_drill_down_page_is_counted_and_paged_by_the_database()
    {
        var connectionString = await DemoDatabase.CopyAsync();
        var app = ReportTestServices.App(connectionString);
        await using var scope = app.Scope();
        var dashboards = scope.Get<DashboardService>();
        app.Commands.Count = 0;
        var model = await dashboards.DrillAsync(2019, DrillSubject.Member, DrillLevel.Rated, null, null, 107, Token);
        Assert.Equal(2662, model!.Rows.Total);
        Assert.Equal((107, 12), (model.Rows.Page, model.Rows.Items.Count));
        Assert.Equal(4, app.Commands.Count);
    }

    private static async Task<(int Dashboard, int Report)> CountAsync(string connectionString)
    {
        var app = ReportTestServices.App(connectionString);
        await using (var scope = app.Scope())
        {
            var dashboards = scope.Get<DashboardService>();
            app.Commands.Count = 0;
            Assert.NotNull(await dashboards.GetAsync(2019, Token));
        }

        var dashboard = app.Commands.Count;
        await using (var scope = app.Scope())
        {
            var summaries = scope.Get<SummaryService>();
            app.Commands.Count = 0;
            Assert.NotNull(await summaries.GetAsync(2019, null, Token));
        }

        return (dashboard, app.Commands.Count);
    }

    /// <summary>Adds organizations, each with members reviewed in every year.</summary>
    private static async Task GrowAsync(string connectionString, int organizations, int membersEach)
    {
        await using var db = DemoDatabase.CreateContext(connectionString);
        var committeeId = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Token);
        var periods = await db.ReviewPeriods.Select(p => p.Id).ToListAsync(Token);
        for (var i = 0; i < organizations; i++)
        {
            var organization = new Organization
            {
                CommitteeId = committeeId, Code = $"THEM{i:00}", Name = $"Chi bộ thêm {i}", Kind = OrganizationKind.Cell,
                FoundedOn = new DateOnly(2000, 1, 1), HasExecutiveCommittee = true,
            };
            db.Organizations.Add(organization);
            await db.SaveChangesAsync(Token);
            var members = Enumerable.Range(0, membersEach).Select(n => new Member
            {
                CommitteeId = committeeId, MemberCode = $"T{i:00}-{n:0000}", FullName = $"Nguyễn Văn Thêm {n}",
                BirthDate = new DateOnly(1980, 1, 1), AdmittedOn = new DateOnly(2005, 1, 1), Status = MemberStatus.Official, OrganizationId = organization.Id,
            }).ToList();
            db.Members.AddRange(members);
            await db.SaveChangesAsync(Token);
            foreach (var period in periods)
            {
                var review = new OrganizationReview { ReviewPeriodId = period, OrganizationId = organization.Id };
                review.Rate(QualityLevel.Good);
                db.OrganizationReviews.Add(review);
                var leadership = new LeadershipReview { ReviewPeriodId = period, OrganizationId = organization.Id };
                leadership.Rate(QualityLevel.Good);
                db.LeadershipReviews.Add(leadership);
                foreach (var member in members)
                {
                    var memberReview = new MemberReview { ReviewPeriodId = period, MemberId = member.Id, OrganizationId = organization.Id };
                    memberReview.Rate(member.Id % 5 == 0 ? QualityLevel.Excellent : QualityLevel.Good);
                    db.MemberReviews.Add(memberReview);
                }
            }

            await db.SaveChangesAsync(Token);
        }
    }
}
