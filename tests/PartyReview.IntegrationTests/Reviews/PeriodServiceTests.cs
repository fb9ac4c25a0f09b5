using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Reviews;
using PartyReview.Web.Features.Periods;

namespace PartyReview.IntegrationTests.Reviews;

public sealed class PeriodServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Opening_a_year_lists_every_organization_and_member_at_the_review_date()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var periods = context.PeriodService(context.NewDbContext());
        var form = new OpenPeriodForm { Year = 2027, RuleSet = RuleSet.Regulation366Guidance43, ExcellenceQuotaPercent = 20, ReviewDate = new DateOnly(2027, 12, 15) };

        Assert.True((await periods.OpenAsync(form, Token)).Succeeded);

        var db = context.NewDbContext();
        var period = await db.ReviewPeriods.SingleAsync(p => p.Year == 2027, Token);
        Assert.Equal(ReviewPeriodStatus.Open, period.Status);
        Assert.Equal(68, await db.OrganizationReviews.CountAsync(r => r.ReviewPeriodId == period.Id, Token));
        Assert.Equal(60, await db.LeadershipReviews.CountAsync(r => r.ReviewPeriodId == period.Id, Token));
        // The ledger's members at the review date: 2.748 at the end of 2019, 6 left in 2026, 32 admitted or received.
        Assert.Equal(2774, await db.MemberReviews.CountAsync(r => r.ReviewPeriodId == period.Id, Token));
        Assert.Contains(await db.AuditEntries.Select(a => a.Field).ToListAsync(Token), f => f == "Mở kỳ đánh giá");

        // The 22 members exempt in 2026 are proposed exempt again; everyone else waits to be rated.
        Assert.Equal(22, await db.MemberReviews.CountAsync(r => r.ReviewPeriodId == period.Id && r.NotRatedReason == NotRatedReason.Exempt, Token));
        Assert.Equal(2774 - 22, await db.MemberReviews.CountAsync(r => r.ReviewPeriodId == period.Id && r.Level == null && r.NotRatedReason == null, Token));

        var again = await context.PeriodService(context.NewDbContext()).OpenAsync(form, Token);
        Assert.Equal("Năm 2027 đã có kỳ đánh giá.", again.Error);
    }

    [Fact]
    public async Task A_period_with_pending_subjects_cannot_be_decided()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var result = await context.PeriodService(context.NewDbContext()).DecideAsync(2026, Token);
        Assert.False(result.Succeeded);
        Assert.StartsWith("Còn ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reopening_a_decided_period_is_recorded_with_its_reason()
    {
        await using var context = await EntryTestContext.CreateAsync();
        var result = await context.PeriodService(context.NewDbContext("admin@demo.local")).ReopenAsync(2019, "Sửa kết quả theo kết luận kiểm tra", Token);
        Assert.True(result.Succeeded);

        var db = context.NewDbContext();
        Assert.Equal(ReviewPeriodStatus.Open, await db.ReviewPeriods.Where(p => p.Year == 2019).Select(p => p.Status).SingleAsync(Token));
        var entry = await db.AuditEntries.SingleAsync(a => a.Field == nameof(ReviewPeriod.Status), Token);
        Assert.Equal(("đã quyết định", "đang đánh giá", "admin@demo.local"), (entry.OldValue, entry.NewValue, entry.UserName));
        Assert.Contains("Sửa kết quả theo kết luận kiểm tra", entry.Source, StringComparison.Ordinal);
    }
}
