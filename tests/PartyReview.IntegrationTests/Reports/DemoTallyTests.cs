using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Steps;
using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Features.Membership;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Reports;

/// <summary>The demo data, counted by the database, gives exactly the figures of the 2019 article.</summary>
[Collection(DemoDatabaseGroup.Name)]
public sealed class DemoTallyTests(DemoDatabaseFixture demo)
{
    private async Task<(YearTally Tally, MovementTally Movements)> TallyAsync(int year)
    {
        await using var scope = ReportTestServices.App(demo.ConnectionString).Scope();
        var committeeId = await scope.Db().Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        var service = scope.Get<TallyService>();
        var tally = await service.GetYearTallyAsync(committeeId, year, TestContext.Current.CancellationToken);
        var movements = await service.GetMovementTallyAsync(committeeId, year, TestContext.Current.CancellationToken);
        return (tally!, movements);
    }

    [Fact]
    public async Task Organizations_2019_are_62_of_66_good_or_better_17_excellent_4_complete_2_not_rated()
    {
        var t = (await TallyAsync(2019)).Tally.Organizations;
        Assert.Equal((68, 66, 17, 45, 4, 0), (t.Total, t.Rated, t.Excellent, t.GoodOnly, t.Complete, t.NotComplete));
        Assert.Equal(62, t.GoodOrBetter);
        Assert.Equal(2, t.NotRatedFor(NotRatedReason.NewlyFounded));
        Assert.Equal(0, t.Pending);
    }

    [Fact]
    public async Task Leadership_collectives_2019_are_58_of_60_with_17_37_4()
    {
        var t = (await TallyAsync(2019)).Tally.Leadership;
        Assert.Equal((60, 58, 17, 37, 4, 0), (t.Total, t.Rated, t.Excellent, t.GoodOnly, t.Complete, t.NotComplete));
    }

    [Fact]
    public async Task Members_2019_are_2662_of_2748_with_2607_good_or_better_386_excellent_49_complete_6_not_complete()
    {
        var t = (await TallyAsync(2019)).Tally.Members;
        Assert.Equal((2748, 2662, 386, 2221, 49, 6), (t.Total, t.Rated, t.Excellent, t.GoodOnly, t.Complete, t.NotComplete));
        Assert.Equal(2607, t.GoodOrBetter);
        Assert.Equal(0, t.Pending);
    }

    [Fact]
    public async Task Movements_2019_are_the_articles()
    {
        var m = (await TallyAsync(2019)).Movements;
        Assert.Equal(145, m.Admitted);
        Assert.Equal(120, m.AdmissionTarget);
        Assert.Equal(132, m.Count(MembershipEventKind.MadeOfficial));
        Assert.Equal(165, m.Count(MembershipEventKind.TransferredOut));
        Assert.Equal(70, m.Count(MembershipEventKind.TransferredIn));
        Assert.Equal(2, m.Count(MembershipEventKind.Removed));
        Assert.Equal(1, m.Count(MembershipEventKind.StruckOff));
        Assert.Equal(148, m.Count(MembershipEventKind.PartyCardIssued));

        // Counted from the ledger: 2.748 members at the end of 2019, the start plus the year's movements.
        Assert.Equal(2748, m.MembersAtEnd);
        Assert.Equal(2748, m.MembersAtStart + 145 + 70 - 165 - 2 - 1);
    }

    [Fact]
    public async Task The_committee_has_2748_members_at_the_end_of_2019()
    {
        await using var db = demo.CreateContext();
        var committee = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        var count = await LedgerQueries.PlacementsOn(db, committee, new DateOnly(2019, 12, 31)).CountAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2748, count);
    }

    [Fact]
    public async Task The_2026_targets_are_the_committees_and_one_organizations_that_admits_in_2026()
    {
        await using var db = demo.CreateContext();
        var targets = await (from t in db.AdmissionTargets
                             join o in db.Organizations on t.OrganizationId equals o.Id into joined
                             from o in joined.DefaultIfEmpty()
                             where t.Year == 2026
                             select new { t.Target, Code = o == null ? null : o.Code, OrganizationId = (int?)o.Id })
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(140, targets.Single(t => t.Code == null).Target);
        var own = targets.Single(t => t.Code != null);
        Assert.Equal(4, own.Target);
        Assert.True(await db.MembershipEvents.AnyAsync(e => e.OrganizationId == own.OrganizationId && e.Kind == MembershipEventKind.Admitted && e.OccurredOn.Year == 2026, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("2014-12-31")]
    [InlineData("2019-06-30")]
    [InlineData("2019-12-31")]
    [InlineData("2026-03-15")]
    [InlineData("2026-03-16")]
    [InlineData("2026-12-31")]
    public async Task Summing_the_ledgers_headcount_changes_counts_the_same_members_as_finding_each_ones_last_entry(string on)
    {
        await using var db = demo.CreateContext();
        var committee = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
        var date = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
        var placed = await LedgerQueries.PlacementsOn(db, committee, date).GroupBy(p => p.OrganizationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, TestContext.Current.CancellationToken);
        var summed = await LedgerQueries.HeadcountChangesUpTo(db, committee, date).GroupBy(c => c.OrganizationId)
            .Select(g => new { g.Key, Count = g.Sum(c => c.Change) }).Where(x => x.Count != 0)
            .ToDictionaryAsync(x => x.Key, x => x.Count, TestContext.Current.CancellationToken);
        Assert.Equal(placed.OrderBy(p => p.Key), summed.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task Exactly_nine_members_were_excellent_in_each_year_2015_to_2019()
    {
        await using var db = demo.CreateContext();
        var fiveYears = await (
                from r in db.MemberReviews
                join p in db.ReviewPeriods on r.ReviewPeriodId equals p.Id
                where p.Year >= 2015 && p.Year <= 2019 && r.Level == QualityLevel.Excellent
                group r by r.MemberId into g
                where g.Count() == 5
                select g.Key)
            .CountAsync(TestContext.Current.CancellationToken);
        Assert.Equal(9, fiveYears);
    }

    [Fact]
    public async Task Every_organization_keeps_its_2019_excellent_members_within_the_20_percent_quota()
    {
        await using var db = demo.CreateContext();
        var period = await db.ReviewPeriods.SingleAsync(p => p.Year == 2019 && p.CommitteeId == db.Committees.Min(c => c.Id), TestContext.Current.CancellationToken);
        // Within each TCCS: a chi bộ trực thuộc's members count with its đảng bộ cơ sở.
        var perOrganization = await (
                from r in db.MemberReviews
                join o in db.Organizations on r.OrganizationId equals o.Id
                where r.ReviewPeriodId == period.Id
                select new { Tccs = o.ParentId ?? o.Id, r.Level })
            .GroupBy(r => r.Tccs)
            .Select(g => new
            {
                Excellent = g.Count(r => r.Level == QualityLevel.Excellent),
                Good = g.Count(r => r.Level == QualityLevel.Good),
            })
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(perOrganization, o => Assert.True(o.Excellent * 100 <= o.Good * period.ExcellenceQuotaPercent, $"{o.Excellent} HTXSNV for {o.Good} HTTNV"));
    }

    [Fact]
    public async Task The_open_2026_period_follows_Quy_dinh_366_and_is_partly_entered()
    {
        var tally = (await TallyAsync(2026)).Tally;
        Assert.Equal(ReviewPeriodStatus.Open, tally.Status);
        Assert.Equal(RuleSet.Regulation366Guidance43, tally.RuleSet);
        Assert.Equal(2774, tally.Members.Total); // 2.748, less 6 who left in 2026, plus 28 admitted in 2025–2026 and 4 received
        Assert.InRange(tally.Members.Rated, 500, 2000);
        Assert.True(tally.Members.Pending > 0);
        Assert.Equal(68, tally.Organizations.Total);

        // Every official 2026 value is a decision step's, and no decision is above what its score reaches.
        await using var db = demo.CreateContext();
        var cancel = TestContext.Current.CancellationToken;
        var period = await db.ReviewPeriods.SingleAsync(p => p.Year == 2026 && p.CommitteeId == db.Committees.Min(c => c.Id), cancel);
        var scored = await db.MemberReviews.Where(r => r.ReviewPeriodId == period.Id && r.Score != null).Select(r => new { r.Id, r.Score, r.Level }).ToListAsync(cancel);
        Assert.NotEmpty(scored);
        Assert.All(scored, r => Assert.True(r.Level!.Value.IsAtLeast(PointScale.LevelFor(r.Score!.Value)) == (r.Level == PointScale.LevelFor(r.Score!.Value))));
        var decisions = await db.ReviewSteps.Where(s => s.ReviewPeriodId == period.Id && s.Subject == StepSubject.Member && s.Step == ReviewStep.Decision)
            .Select(s => s.ReviewId).ToListAsync(cancel);
        Assert.Equal(scored.Select(r => r.Id).Order(), decisions.Order());
    }

    [Fact]
    public async Task The_open_2026_period_shows_every_step_of_Quy_dinh_366()
    {
        await using var db = demo.CreateContext();
        var cancel = TestContext.Current.CancellationToken;
        var period = await db.ReviewPeriods.SingleAsync(p => p.Year == 2026 && p.CommitteeId == db.Committees.Min(c => c.Id), cancel);
        var steps = await db.ReviewSteps.Where(s => s.ReviewPeriodId == period.Id && s.Subject == StepSubject.Member)
            .GroupBy(s => s.Step).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancel);

        // Self-assessments only, proposals waiting for a decision, and decisions.
        Assert.True(steps[ReviewStep.SelfAssessment] > steps[ReviewStep.Proposal]);
        Assert.True(steps[ReviewStep.Proposal] > steps[ReviewStep.Decision]);
        Assert.True(steps[ReviewStep.Decision] > 100);

        // The 92-point member proposed HTTNV: only 25 % of the tasks exceeded.
        Assert.True(await db.ReviewSteps.AnyAsync(
            s => s.ReviewPeriodId == period.Id && s.Step == ReviewStep.Proposal && s.Score == 92 && s.ExceededPercent == 25 && s.Level == QualityLevel.Good, cancel));

        // Decisions lowered for the quota, with the reason.
        Assert.True(await db.ReviewSteps.AnyAsync(
            s => s.ReviewPeriodId == period.Id && s.Step == ReviewStep.Decision && s.Level == QualityLevel.Good && s.Score >= 90 && s.AdjustmentReason != null, cancel));

        // A leader at 94 points whose unit is HTTNV: decided HTTNV.
        var leader = await (from r in db.MemberReviews
                            join s in db.ReviewSteps on r.Id equals s.ReviewId
                            where r.ReviewPeriodId == period.Id && r.SubjectType == SubjectType.Leader && s.Subject == StepSubject.Member
                                  && s.Step == ReviewStep.Decision && s.Score == 94
                            select new { r.OrganizationId, r.Level }).SingleAsync(cancel);
        Assert.Equal(QualityLevel.Good, leader.Level);
        Assert.Equal(QualityLevel.Good, (await db.OrganizationReviews.SingleAsync(o => o.ReviewPeriodId == period.Id && o.OrganizationId == leader.OrganizationId, cancel)).Level);
    }
}
