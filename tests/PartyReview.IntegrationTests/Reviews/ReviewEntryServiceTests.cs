using Microsoft.EntityFrameworkCore;
using PartyReview.Data.Identity;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.Web.Features.Reviews;

namespace PartyReview.IntegrationTests.Reviews;

/// <summary>Saving an organization's sheet on a real SQLite database: rules, one transaction, concurrency, lock, audit, scope.</summary>
public sealed class ReviewEntryServiceTests
{
    private const string PendingOrganization = "TCCS47";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<int> PeriodIdAsync(PartyReview.Data.PartyReviewDbContext db, int year) =>
        await db.ReviewPeriods.Where(p => p.Year == year && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(Token);

    [Fact]
    public async Task Saving_records_the_levels_and_audits_each_change_with_who_and_when()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var organizationId = await context.OrganizationIdAsync(PendingOrganization);
        var service = context.EntryService();
        var form = EntryTestContext.FormOf((await service.GetAsync(2026, organizationId, EntryTestContext.Staff, Token))!);
        form.Members.ForEach(m => m.Score = "80");
        form.Members[0].Score = "85,5";

        var result = await service.SaveAsync(2026, organizationId, form, EntryTestContext.Staff, Token);

        Assert.Equal(EntrySaveOutcome.Saved, result.Outcome);
        var check = context.NewDbContext();
        var periodId = await PeriodIdAsync(check, 2026);
        var reviews = await check.MemberReviews.Where(r => r.OrganizationId == organizationId && r.ReviewPeriodId == periodId).ToListAsync(Token);
        Assert.Equal(30, reviews.Count);
        Assert.All(reviews, r => Assert.Equal(QualityLevel.Good, r.Level));
        Assert.Contains(reviews, r => r.Score == 85.5m);
        var sheet = await check.OrganizationReviews.SingleAsync(r => r.OrganizationId == organizationId && r.ReviewPeriodId == periodId, Token);
        Assert.Equal(1, sheet.Version);
        Assert.Equal("staff@demo.local", sheet.LastSavedBy);
        Assert.Equal(EntryStatus.Accepted, sheet.EntryStatus);

        // Under Quy định 366 each decision is one audit line holding the whole value; the review's official fields
        // it sets are not written a second time.
        var audit = await check.AuditEntries.Where(a => a.OrganizationId == organizationId && a.Field == "StepDecision").ToListAsync(Token);
        Assert.Equal(30, audit.Count);
        Assert.Empty(await check.AuditEntries.Where(a => a.OrganizationId == organizationId && a.Field == nameof(ReviewRecord.Level)).ToListAsync(Token));
        Assert.All(audit, a =>
        {
            Assert.Null(a.OldValue);
            Assert.EndsWith("HTTNV", a.NewValue, StringComparison.Ordinal);
            Assert.Equal("staff@demo.local", a.UserName);
            Assert.Equal(EntryTestContext.Now.UtcDateTime, a.OccurredAt);
            Assert.NotNull(a.MemberId);
            Assert.Contains("Chi bộ Vườn quốc gia Bidoup", a.Source, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_second_save_from_the_same_starting_point_is_a_conflict_and_changes_nothing()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var organizationId = await context.OrganizationIdAsync(PendingOrganization);
        var first = context.EntryService();
        var second = context.EntryService("other@demo.local");
        var mine = EntryTestContext.FormOf((await first.GetAsync(2026, organizationId, EntryTestContext.Staff, Token))!);
        var theirs = EntryTestContext.FormOf((await second.GetAsync(2026, organizationId, EntryTestContext.Staff, Token))!);
        mine.Members.ForEach(m => m.Level = QualityLevel.Good);
        theirs.Members.ForEach(m => m.Level = QualityLevel.Complete);

        Assert.Equal(EntrySaveOutcome.Saved, (await first.SaveAsync(2026, organizationId, mine, EntryTestContext.Staff, Token)).Outcome);
        var conflict = await second.SaveAsync(2026, organizationId, theirs, EntryTestContext.Staff, Token);

        Assert.Equal(EntrySaveOutcome.Conflict, conflict.Outcome);
        Assert.Equal(30, conflict.Model!.Conflict!.DifferentLines);
        Assert.All(conflict.Model.Members, m => Assert.Equal(QualityLevel.Complete, m.Level));
        Assert.All(conflict.Model.Members, m => Assert.Equal("HTTNV", m.TheirValue));
        var check = context.NewDbContext();
        var periodId = await PeriodIdAsync(check, 2026);
        Assert.Equal(30, await check.MemberReviews.CountAsync(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId && r.Level == QualityLevel.Good, Token));

        // Saving again from the version shown re-applies the user's own values.
        var reapply = EntryTestContext.FormOf(conflict.Model);
        Assert.Equal(EntrySaveOutcome.Saved, (await context.EntryService().SaveAsync(2026, organizationId, reapply, EntryTestContext.Staff, Token)).Outcome);
        var after = context.NewDbContext();
        Assert.Equal(30, await after.MemberReviews.CountAsync(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId && r.Level == QualityLevel.Complete, Token));
    }

    [Fact]
    public async Task A_decided_period_refuses_every_change()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var organizationId = await context.OrganizationIdAsync("TCCS02");
        var service = context.EntryService();
        var form = EntryTestContext.FormOf((await service.GetAsync(2019, organizationId, EntryTestContext.Staff, Token))!);
        form.Members.ForEach(m => m.Level = QualityLevel.NotComplete);

        var result = await service.SaveAsync(2019, organizationId, form, EntryTestContext.Staff, Token);

        Assert.Equal(EntrySaveOutcome.Locked, result.Outcome);
        var check = context.NewDbContext();
        var periodId = await PeriodIdAsync(check, 2019);
        Assert.Equal(6, await check.MemberReviews.CountAsync(r => r.ReviewPeriodId == periodId && r.Level == QualityLevel.NotComplete, Token));
        Assert.Empty(await check.AuditEntries.ToListAsync(Token));
    }

    [Fact]
    public async Task A_rule_error_blocks_the_whole_save_and_is_shown_beside_its_row()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var organizationId = await context.OrganizationIdAsync(PendingOrganization);
        var service = context.EntryService();
        var form = EntryTestContext.FormOf((await service.GetAsync(2026, organizationId, EntryTestContext.Staff, Token))!);
        form.Members.ForEach(m => m.Level = QualityLevel.Good);
        form.Members[3].Discipline = DisciplineLevel.Reprimand;
        form.Members[5].Score = "tám mươi";

        var result = await service.SaveAsync(2026, organizationId, form, EntryTestContext.Staff, Token);

        Assert.Equal(EntrySaveOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Model!.Members[3].Errors, e => e.Vietnamese.Contains("kỷ luật", StringComparison.Ordinal));
        Assert.Contains(result.Model.Members[5].Errors, e => e.Vietnamese.Contains("không hợp lệ", StringComparison.Ordinal));
        var check = context.NewDbContext();
        var periodId = await PeriodIdAsync(check, 2026);
        Assert.Equal(0, await check.MemberReviews.CountAsync(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId && r.Level != null, Token));
        Assert.Empty(await check.AuditEntries.ToListAsync(Token));
    }

    [Theory]
    [InlineData("250", RuleTexts.ScoreOutOfRange)]
    [InlineData("-5", RuleTexts.InvalidScore)]
    [InlineData("2222222222222222", RuleTexts.ScoreOutOfRange)]
    public async Task A_score_outside_0_to_100_is_refused_beside_its_row_and_the_typed_sheet_is_kept(string typed, string key)
    {
        await using var context = await EntryTestContext.CreateAsync();
        var organizationId = await context.OrganizationIdAsync(PendingOrganization);
        var service = context.EntryService();
        var form = EntryTestContext.FormOf((await service.GetAsync(2026, organizationId, EntryTestContext.Staff, Token))!);
        form.Members.ForEach(m => m.Level = QualityLevel.Good);
        form.Members[2].Score = typed;

        var result = await service.SaveAsync(2026, organizationId, form, EntryTestContext.Staff, Token);

        Assert.Equal(EntrySaveOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Model!.Members[2].Errors, e => e.Key == key);
        Assert.Equal(typed, result.Model.Members[2].Score);
        Assert.All(result.Model.Members, m => Assert.Equal(QualityLevel.Good, m.Level));
        var check = context.NewDbContext();
        var periodId = await PeriodIdAsync(check, 2026);
        Assert.Equal(0, await check.MemberReviews.CountAsync(r => r.ReviewPeriodId == periodId && r.OrganizationId == organizationId && r.Level != null, Token));
    }

    [Fact]
    public async Task Under_Quy_dinh_366_a_disciplined_member_scoring_95_is_lowered_to_KHTNV_with_the_reason()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var organizationId = await context.OrganizationIdAsync(PendingOrganization);
        var service = context.EntryService();
        var form = EntryTestContext.FormOf((await service.GetAsync(2026, organizationId, EntryTestContext.Staff, Token))!);
        form.Members[0].Score = "95";
        form.Members[0].Discipline = DisciplineLevel.Warning;

        Assert.Equal(EntrySaveOutcome.Saved, (await service.SaveAsync(2026, organizationId, form, EntryTestContext.Staff, Token)).Outcome);
        var shown = (await context.EntryService().GetAsync(2026, organizationId, EntryTestContext.Staff, Token))!;
        Assert.Equal(QualityLevel.NotComplete, shown.Members[0].ResultingLevel);
        Assert.Contains(shown.Members[0].Findings, f => f.Vietnamese.Contains("bị kỷ luật trong năm nên xếp loại không hoàn thành nhiệm vụ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_secretary_proposes_and_staff_accept_every_proposal_in_one_action()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var organizationId = await context.OrganizationIdAsync("TCCS02");
        var secretary = EntryTestContext.User("secretary@demo.local", AppRoles.Secretary, organizationId);
        var service = context.EntryService("secretary@demo.local");
        var form = EntryTestContext.FormOf((await service.GetAsync(2026, organizationId, secretary, Token))!);
        form.Members.ForEach(m => m.Score = "75");

        Assert.Equal(EntrySaveOutcome.Saved, (await service.SaveAsync(2026, organizationId, form, secretary, Token)).Outcome);
        var check = context.NewDbContext();
        var periodId = await PeriodIdAsync(check, 2026);
        Assert.Equal(EntryStatus.Proposed, await check.OrganizationReviews.Where(r => r.OrganizationId == organizationId && r.ReviewPeriodId == periodId).Select(r => r.EntryStatus).SingleAsync(Token));

        var periods = context.PeriodService();
        var overview = await periods.GetOverviewAsync(2026, unfinishedOnly: false, PartyReview.Web.Infrastructure.Scoping.Scope.WholeCommittee, Token);
        Assert.True((await periods.AcceptProposalsAsync(2026, overview!.Proposed, Token)).Succeeded);
        var after = context.NewDbContext();
        Assert.Equal(EntryStatus.Accepted, await after.OrganizationReviews.Where(r => r.OrganizationId == organizationId && r.ReviewPeriodId == periodId).Select(r => r.EntryStatus).SingleAsync(Token));
        Assert.Contains(await after.AuditEntries.Where(a => a.Field == nameof(OrganizationReview.EntryStatus)).Select(a => a.NewValue).ToListAsync(Token), v => v == "đã nhập");
    }

    [Fact]
    public async Task Showing_the_grid_takes_the_same_few_queries_for_30_members_as_for_the_largest_organization()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var probe = context.NewDbContext();
        var periodId = await PeriodIdAsync(probe, 2026);
        var largest = await probe.MemberReviews.Where(r => r.ReviewPeriodId == periodId)
            .GroupBy(r => r.OrganizationId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync(Token);
        var small = await context.OrganizationIdAsync(PendingOrganization);

        async Task<int> QueriesFor(int organizationId)
        {
            var service = context.EntryService();
            context.App.Commands.Count = 0;
            var model = await service.GetAsync(2026, organizationId, EntryTestContext.Staff, Token);
            Assert.NotNull(model);
            return context.App.Commands.Count;
        }

        var forSmall = await QueriesFor(small);
        Assert.Equal(forSmall, await QueriesFor(largest));
        Assert.InRange(forSmall, 1, 7);
    }
}
