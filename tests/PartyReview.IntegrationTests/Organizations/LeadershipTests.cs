using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Organizations;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Leadership;
using PartyReview.Web.Features.Membership;

namespace PartyReview.IntegrationTests.Organizations;

/// <summary>An organization's cấp ủy on a real SQLite copy of the demo: the demo's seats, the use cases, and the leadership rule reading them.</summary>
public sealed class LeadershipTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_records_one_Bi_thu_per_TCCS_for_each_term_each_a_member_of_it_on_the_first_day()
    {
        await using var context = await EntryTestContext.CreateAsync();
        await using var db = context.NewDbContext();
        var committeeId = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Token);
        var seats = await db.LeadershipSeats.Where(s => db.Organizations.Any(o => o.Id == s.OrganizationId && o.CommitteeId == committeeId)).ToListAsync(Token);
        // Per TCCS: the chi bộ trực thuộc have no seats recorded yet (their chi ủy is a later slice).
        var organizations = await db.Organizations.CountAsync(o => o.CommitteeId == committeeId && o.ParentId == null && o.FoundedOn < new DateOnly(2015, 6, 1), Token);

        Assert.Equal(organizations, seats.Count(s => s.Post == LeadershipPost.Secretary && s.IsHeldIn(2019)));
        Assert.Equal(await db.Organizations.CountAsync(o => o.CommitteeId == committeeId && o.ParentId == null, Token), seats.Count(s => s.Post == LeadershipPost.Secretary && s.IsHeldIn(2026)));
        foreach (var term in seats.GroupBy(s => s.StartsOn))
        {
            var placed = await LedgerQueries.PlacementsOn(db, committeeId, term.Key).ToListAsync(Token);
            var where = placed.ToDictionary(p => p.MemberId, p => p.OrganizationId);
            Assert.All(term, s => Assert.Equal(s.OrganizationId, where.GetValueOrDefault(s.MemberId)));
        }

        foreach (var organization in seats.GroupBy(s => s.OrganizationId))
        {
            Assert.All(organization, s => Assert.Empty(LeadershipRules.Check(s, organization, memberBelongsOnStart: true)));
        }
    }

    [Fact]
    public async Task Staff_add_end_and_remove_a_seat_each_audited_and_the_rules_refuse_a_second_Bi_thu_and_an_outsider()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var organizationId = await context.OrganizationIdAsync("TCCS47");
        var service = context.Scope().Get<LeadershipService>();
        var page = (await service.GetAsync(organizationId, null, new DateOnly(2026, 1, 1), Token))!;
        var secretary = page.Current.Single(s => s.Post == LeadershipPost.Secretary);
        var newcomer = page.Candidates.First(c => page.Current.All(s => s.MemberId != c.Id));

        var second = await service.AddAsync(organizationId, new SeatForm { MemberId = newcomer.Id, Post = LeadershipPost.Secretary, StartsOn = new DateOnly(2026, 3, 1) }, Token);
        Assert.Equal(LeadershipMessages.SecondSecretary, Assert.Single(second.Errors).MessageKey);

        var outsider = await OutsiderAsync(context, organizationId);
        var refused = await service.AddAsync(organizationId, new SeatForm { MemberId = outsider, Post = LeadershipPost.CommitteeMember, StartsOn = new DateOnly(2026, 3, 1) }, Token);
        Assert.Equal(LeadershipMessages.NotAMemberOnStart, Assert.Single(refused.Errors).MessageKey);

        var backwards = await service.AddAsync(organizationId, new SeatForm { MemberId = newcomer.Id, Post = LeadershipPost.CommitteeMember, StartsOn = new DateOnly(2026, 3, 1), EndsOn = new DateOnly(2026, 2, 1) }, Token);
        Assert.Equal(LeadershipMessages.EndsBeforeStart, Assert.Single(backwards.Errors).MessageKey);

        Assert.True((await service.AddAsync(organizationId, new SeatForm { MemberId = newcomer.Id, Post = LeadershipPost.CommitteeMember, StartsOn = new DateOnly(2026, 3, 1) }, Token)).Succeeded);
        var ended = await context.Scope().Get<LeadershipService>().EndAsync(organizationId, secretary.Id, new EndSeatForm { EndsOn = new DateOnly(2026, 10, 31), Version = secretary.Version }, Token);
        Assert.True(ended!.Succeeded);
        var stale = await context.Scope().Get<LeadershipService>().RemoveAsync(organizationId, secretary.Id, secretary.Version, Token);
        Assert.Equal(LeadershipMessages.Changed, Assert.Single(stale!.Errors).MessageKey);

        await using var check = context.NewDbContext();
        var added = await check.LeadershipSeats.SingleAsync(s => s.OrganizationId == organizationId && s.MemberId == newcomer.Id, Token);
        Assert.Equal(new DateOnly(2026, 10, 31), (await check.LeadershipSeats.SingleAsync(s => s.Id == secretary.Id, Token)).EndsOn);
        Assert.True((await context.Scope().Get<LeadershipService>().RemoveAsync(organizationId, added.Id, added.Version, Token))!.Succeeded);
        Assert.False(await check.LeadershipSeats.AnyAsync(s => s.Id == added.Id, Token));
        Assert.Null(await context.Scope().Get<LeadershipService>().RemoveAsync(organizationId + 1, secretary.Id, 1, Token));

        var audit = await check.AuditEntries.Where(a => a.EntityType == LeadershipService.EntityType && a.OrganizationId == organizationId)
            .OrderBy(a => a.Id).ToListAsync(Token);
        Assert.Equal(["Thêm chức vụ cấp ủy", "Kết thúc nhiệm kỳ cấp ủy", "Xóa chức vụ cấp ủy"], audit.Select(a => a.Field));
        Assert.All(audit, a => Assert.Equal("staff@demo.local", a.UserName));
        Assert.EndsWith("Bí thư, 01/06/2025–31/10/2026", audit[1].NewValue, StringComparison.Ordinal);
        Assert.EndsWith("Cấp ủy viên, 01/03/2026–nay", audit[2].OldValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_member_search_offers_only_the_organizations_members_on_the_date_a_bounded_list()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var organizationId = await context.OrganizationIdAsync("TCCS01");
        var service = context.Scope().Get<LeadershipService>();

        var page = (await service.GetAsync(organizationId, null, null, Token))!;
        Assert.InRange(page.Candidates.Count, 1, LeadershipService.MaxOptions);
        var someone = page.Candidates[^1];
        var found = (await service.GetAsync(organizationId, someone.MemberCode, null, Token))!;
        Assert.Contains(found.Candidates, c => c.Id == someone.Id);
        Assert.Null(await service.GetAsync(-1, null, null, Token));
    }

    /// <summary>
    /// Hướng dẫn 21-HD (2019): a member of the collective with cảnh cáo or heavier makes the leadership KHTNV. With seats
    /// recorded for the year, only their holders count; with none, every member of the TCCS counts, as before.
    /// </summary>
    [Fact]
    public async Task A_warned_member_fails_the_2019_leadership_only_when_they_held_a_seat_that_year_unless_no_seat_is_recorded()
    {
        await using var context = await EntryTestContext.CreateAsync();
        await using var db = context.NewDbContext();
        var period = await db.ReviewPeriods.SingleAsync(p => p.Year == 2019 && p.CommitteeId == db.Committees.Min(c => c.Id), Token);
        var organizationId = await (from l in db.LeadershipReviews
                                    where l.ReviewPeriodId == period.Id && l.Level == QualityLevel.Good
                                    join o in db.OrganizationReviews on new { l.ReviewPeriodId, l.OrganizationId } equals new { o.ReviewPeriodId, o.OrganizationId }
                                    where o.Level == QualityLevel.Good
                                    orderby l.OrganizationId
                                    select l.OrganizationId).FirstAsync(Token);
        var seated = await LeadershipQueries.CollectiveIn(db, 2019).Where(s => s.OrganizationId == organizationId).Select(s => s.MemberId).ToListAsync(Token);
        var reviews = await db.MemberReviews.Where(r => r.ReviewPeriodId == period.Id && r.OrganizationId == organizationId && r.Level == QualityLevel.Good)
            .OrderBy(r => r.Id).ToListAsync(Token);
        var seatHolder = reviews.First(r => seated.Contains(r.MemberId));
        var other = reviews.First(r => !seated.Contains(r.MemberId));

        async Task<bool> FailsAsync(MemberReview warned)
        {
            await using var write = context.NewDbContext();
            await write.MemberReviews.Where(r => r.ReviewPeriodId == period.Id && r.OrganizationId == organizationId)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Discipline, r => r.Id == warned.Id ? DisciplineLevel.Warning : DisciplineLevel.None), Token);
            var sheet = await context.EntryService().GetAsync(2019, organizationId, EntryTestContext.Staff, Token);
            return sheet!.Leadership!.Errors.Any(f => f.Key == RuleTexts.MemberWarnedFailsLeadership);
        }

        Assert.True(await FailsAsync(seatHolder));
        Assert.False(await FailsAsync(other));

        await db.LeadershipSeats.Where(s => s.OrganizationId == organizationId).ExecuteDeleteAsync(Token);
        Assert.True(await FailsAsync(other));
    }

    /// <summary>
    /// Quy định 366: a collective is HTXSNV only if no member of its leadership was disciplined. With 2026 seats recorded,
    /// a disciplined seat holder fails the condition and a disciplined member without a seat does not.
    /// </summary>
    [Fact]
    public async Task A_disciplined_seat_holder_fails_the_2026_leaderships_excellence_condition_a_member_without_a_seat_does_not()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var scenarios = new StepScenarios(context.App);
        var organizationId = await scenarios.OrganizationIdAsync();
        await scenarios.ClearAsync(organizationId);
        await using var db = context.NewDbContext();
        var period = await db.ReviewPeriods.SingleAsync(p => p.Year == StepScenarios.Year && p.CommitteeId == db.Committees.Min(c => c.Id), Token);
        var seated = await LeadershipQueries.CollectiveIn(db, StepScenarios.Year).Where(s => s.OrganizationId == organizationId).Select(s => s.MemberId).ToListAsync(Token);
        var reviews = await db.MemberReviews.Where(r => r.ReviewPeriodId == period.Id && r.OrganizationId == organizationId).OrderBy(r => r.Id).ToListAsync(Token);
        var seatHolder = reviews.First(r => seated.Contains(r.MemberId)).Id;
        var other = reviews.First(r => !seated.Contains(r.MemberId)).Id;

        async Task<bool> UnmetAsync(int disciplined)
        {
            var form = await scenarios.FormAsync(organizationId, Domain.Reviews.Steps.ReviewStep.SelfAssessment);
            StepScenarios.Points(form.Leadership!, "28", "65", exceeded: "40");
            form.Members.ForEach(m => m.Discipline = m.ReviewId == disciplined ? DisciplineLevel.Reprimand : DisciplineLevel.None);
            Assert.Equal(Web.Features.Reviews.EntrySaveOutcome.Saved, (await scenarios.SaveAsync(organizationId, form)).Outcome);
            var model = await scenarios.Service().GetAsync(StepScenarios.Year, organizationId, StepScenarios.Staff, Domain.Reviews.Steps.ReviewStep.SelfAssessment, Token);
            var leadership = model!.Leadership!;
            return leadership.Findings.Any(f => f.Key == RuleTexts.ConditionNoneDisciplined);
        }

        Assert.True(await UnmetAsync(seatHolder));
        Assert.False(await UnmetAsync(other));
    }

    private static async Task<int> OutsiderAsync(EntryTestContext context, int organizationId)
    {
        await using var db = context.NewDbContext();
        var committeeId = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Token);
        return await LedgerQueries.PlacementsOn(db, committeeId, new DateOnly(2026, 3, 1))
            .Where(p => p.OrganizationId != organizationId).Select(p => p.MemberId).FirstAsync(Token);
    }
}
