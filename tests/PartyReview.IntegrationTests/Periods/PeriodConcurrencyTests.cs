using Microsoft.EntityFrameworkCore;
using PartyReview.Data.Identity;
using PartyReview.Domain.Reviews;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.Web.Features.Periods;
using PartyReview.Web.Features.Reviews;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.IntegrationTests.Periods;

/// <summary>
/// A period's settings carry the version they showed, and "Chấp nhận tất cả đề xuất" accepts only the sheets, at the
/// versions, the overview showed (ADR 0007).
/// </summary>
public sealed class PeriodConcurrencyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stale_period_settings_save_is_refused_writes_nothing_and_shows_the_other_persons_values()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var mine = (await context.PeriodService().GetOverviewAsync(2026, false, Scope.WholeCommittee, Token))!.Settings;
        var theirs = (await context.PeriodService().GetOverviewAsync(2026, false, Scope.WholeCommittee, Token))!.Settings;

        theirs.ExcellenceQuotaPercent = 25;
        Assert.True((await context.PeriodService("admin@demo.local").UpdateSettingsAsync(2026, theirs, Token)).Succeeded);
        var audited = await context.NewDbContext().AuditEntries.CountAsync(Token);

        mine.ConsecutiveYears = 3;
        var refused = await context.PeriodService().UpdateSettingsAsync(2026, mine, Token);

        var conflict = Assert.IsType<EditConflict>(refused.Conflict);
        Assert.Equal(mine.Version + 1, conflict.CurrentVersion);
        Assert.Equal("25", Assert.Single(conflict.Theirs, v => v.Label == "Period.Quota").Value);
        Assert.Contains(conflict.Theirs, v => v.Label == "Period.ConsecutiveYears");
        var db = context.NewDbContext();
        var period = await db.ReviewPeriods.AsNoTracking().SingleAsync(p => p.Year == 2026, Token);
        Assert.Equal((25, theirs.ConsecutiveYears, conflict.CurrentVersion), (period.ExcellenceQuotaPercent, (int?)period.ConsecutiveYears, period.Version));
        Assert.Equal(audited, await db.AuditEntries.CountAsync(Token));
    }

    [Fact]
    public async Task Accepting_all_proposals_is_refused_when_a_sheet_changed_after_staff_looked_and_accepts_nothing()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var organizationId = await context.OrganizationIdAsync("TCCS02");
        var secretary = EntryTestContext.User("secretary@demo.local", AppRoles.Secretary, organizationId);
        var form = EntryTestContext.FormOf((await context.EntryService("secretary@demo.local").GetAsync(2026, organizationId, secretary, Token))!);
        form.Members.ForEach(m => m.Score = "75");
        var first = await context.EntryService("secretary@demo.local").SaveAsync(2026, organizationId, form, secretary, Token);
        Assert.Equal(EntrySaveOutcome.Saved, first.Outcome);

        // Staff look at the overview: TCCS02 proposed. Then the Secretary changes the proposal.
        var looked = (await context.PeriodService().GetOverviewAsync(2026, false, Scope.WholeCommittee, Token))!;
        var seen = Assert.Single(looked.Proposed);
        Assert.Equal(organizationId, seen.OrganizationId);
        var again = EntryTestContext.FormOf((await context.EntryService("secretary@demo.local").GetAsync(2026, organizationId, secretary, Token))!);
        again.Members.ForEach(m => m.Score = "60");
        Assert.Equal(EntrySaveOutcome.Saved, (await context.EntryService("secretary@demo.local").SaveAsync(2026, organizationId, again, secretary, Token)).Outcome);

        var refused = await context.PeriodService().AcceptProposalsAsync(2026, looked.Proposed, Token);

        Assert.False(refused.Succeeded);
        Assert.Equal(PeriodsMessages.ProposalsChanged, refused.FirstError!.MessageKey);
        Assert.Equal(
            "Chưa chấp nhận: đề xuất của TCCS02 đã thay đổi (hoặc mới có) sau khi bạn xem trang. Xem lại tổng quan rồi bấm chấp nhận lần nữa.",
            context.App.VietnameseText<PeriodsMessages>(refused));
        var db = context.NewDbContext();
        var periodId = await db.ReviewPeriods.Where(p => p.Year == 2026 && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => p.Id).SingleAsync(Token);
        Assert.Equal(EntryStatus.Proposed, await db.OrganizationReviews.Where(r => r.OrganizationId == organizationId && r.ReviewPeriodId == periodId).Select(r => r.EntryStatus).SingleAsync(Token));

        // A proposal that arrived after the look is not accepted either; the fresh look accepts.
        Assert.False((await context.PeriodService().AcceptProposalsAsync(2026, [], Token)).Succeeded);
        var fresh = (await context.PeriodService().GetOverviewAsync(2026, false, Scope.WholeCommittee, Token))!;
        Assert.True((await context.PeriodService().AcceptProposalsAsync(2026, fresh.Proposed, Token)).Succeeded);
        Assert.Equal(EntryStatus.Accepted, await context.NewDbContext().OrganizationReviews.Where(r => r.OrganizationId == organizationId && r.ReviewPeriodId == periodId).Select(r => r.EntryStatus).SingleAsync(Token));
    }
}
