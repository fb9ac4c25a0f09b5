using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Periods;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.IntegrationTests.Periods;

/// <summary>The review periods' use cases, resolved from the app's own services, on a copy of the demo database.</summary>
public sealed class PeriodServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<AppServices> AppAsync() => AppServices.Create(await DemoDatabase.CopyAsync(), Now);

    private static async Task<Result> PeriodsAsync(AppServices app, Func<PeriodService, Task<Result>> use, string userName = "staff@demo.local")
    {
        await using var scope = app.Scope(userName);
        return await use(scope.Get<PeriodService>());
    }

    [Fact]
    public async Task Opening_a_year_lists_every_organization_and_member_at_the_review_date()
    {
        await using var app = await AppAsync();
        var form = new OpenPeriodForm { Year = 2027, RuleSet = RuleSet.Regulation366Guidance43, ExcellenceQuotaPercent = 20, ReviewDate = new DateOnly(2027, 12, 15) };

        Assert.True((await PeriodsAsync(app, p => p.OpenAsync(form, Token))).Succeeded);

        await using var scope = app.Scope();
        var db = scope.Db();
        var period = await db.ReviewPeriods.SingleAsync(p => p.Year == 2027 && p.CommitteeId == db.Committees.Min(c => c.Id), Token);
        Assert.Equal(ReviewPeriodStatus.Open, period.Status);
        // Every organization has its own review: the 68 TCCS and the demo's 8 chi bộ trực thuộc (ADR 0008).
        Assert.Equal(68 + 8, await db.OrganizationReviews.CountAsync(r => r.ReviewPeriodId == period.Id, Token));
        Assert.Equal(60, await db.LeadershipReviews.CountAsync(r => r.ReviewPeriodId == period.Id, Token));
        // The ledger's members at the review date: 2.748 at the end of 2019, 6 left in 2026, 32 admitted or received.
        Assert.Equal(2774, await db.MemberReviews.CountAsync(r => r.ReviewPeriodId == period.Id, Token));
        Assert.Contains(await db.AuditEntries.Select(a => a.Field).ToListAsync(Token), f => f == "Mở kỳ đánh giá");

        // The 22 members exempt in 2026 are proposed exempt again; everyone else waits to be rated.
        Assert.Equal(22, await db.MemberReviews.CountAsync(r => r.ReviewPeriodId == period.Id && r.NotRatedReason == NotRatedReason.Exempt, Token));
        Assert.Equal(2774 - 22, await db.MemberReviews.CountAsync(r => r.ReviewPeriodId == period.Id && r.Level == null && r.NotRatedReason == null, Token));

        var again = await PeriodsAsync(app, p => p.OpenAsync(form, Token));
        Assert.Equal(PeriodsMessages.AlreadyOpened, again.FirstError!.MessageKey);
        Assert.Equal<object?>([2027], again.FirstError.Arguments);
        Assert.Equal("Năm 2027 đã có kỳ đánh giá.", await VietnameseAsync(app, again));
    }

    [Fact]
    public async Task A_period_with_pending_subjects_cannot_be_decided()
    {
        await using var app = await AppAsync();
        var result = await PeriodsAsync(app, p => p.DecideAsync(2026, Token));
        Assert.False(result.Succeeded);
        Assert.StartsWith("Còn ", await VietnameseAsync(app, result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reopening_a_decided_period_is_recorded_with_its_reason()
    {
        await using var app = await AppAsync();
        var result = await PeriodsAsync(app, p => p.ReopenAsync(2019, "Sửa kết quả theo kết luận kiểm tra", Token), "admin@demo.local");
        Assert.True(result.Succeeded);

        await using var scope = app.Scope();
        var db = scope.Db();
        Assert.Equal(ReviewPeriodStatus.Open, await db.ReviewPeriods.Where(p => p.Year == 2019 && p.CommitteeId == db.Committees.Min(c => c.Id)).Select(p => p.Status).SingleAsync(Token));
        var entry = await db.AuditEntries.SingleAsync(a => a.Field == nameof(ReviewPeriod.Status), Token);
        Assert.Equal(("đã quyết định", "đang đánh giá", "admin@demo.local"), (entry.OldValue, entry.NewValue, entry.UserName));
        Assert.Contains("Sửa kết quả theo kết luận kiểm tra", entry.Source, StringComparison.Ordinal);
    }

    /// <summary>The first error as a Vietnamese user reads it, from the Periods feature's resources.</summary>
    private static async Task<string> VietnameseAsync(AppServices app, Result result)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            await using var scope = app.Scope();
            return scope.Get<Microsoft.Extensions.Localization.IStringLocalizer<PeriodsMessages>>().Message(result.FirstError!);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }
}
