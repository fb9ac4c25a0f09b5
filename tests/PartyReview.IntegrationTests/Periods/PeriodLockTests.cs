using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Reviews;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Periods;

namespace PartyReview.IntegrationTests.Periods;

/// <summary>"Quyết định, khóa kỳ" on SQLite and PostgreSQL: refused while a subject is undecided or "vắng mặt", done once all are decided.</summary>
public sealed class PeriodLockTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Locking_is_refused_while_subjects_are_undecided_or_absent_and_done_once_all_are_decided(DatabaseProvider provider)
    {
        await using var year = await StepYear.CreateAsync(provider);

        year.App.Commands.Count = 0;
        Web.Infrastructure.Results.Result refused;
        await using (var scope = year.App.Scope())
        {
            refused = await scope.Get<PeriodService>().DecideAsync(2026, Token);
        }

        Assert.False(refused.Succeeded);
        Assert.Equal(PeriodsMessages.PendingAndAbsent, refused.FirstError!.MessageKey);
        Assert.Equal(
            "Còn 3 đảng viên, 1 tổ chức chưa có quyết định; 1 đảng viên vắng mặt: chưa thể khóa kỳ đánh giá.",
            year.App.VietnameseText<PeriodsMessages>(refused));
        // The committee, the period, and the six counts in one statement.
        Assert.InRange(year.App.Commands.Count, 1, 3);

        // Everyone decided but the absent member: still refused, for the absence alone.
        await using (var db = year.Context())
        {
            foreach (var review in await db.MemberReviews.Where(r => r.ReviewPeriodId == year.PeriodId && r.Level == null && r.NotRatedReason == null).ToListAsync(Token))
            {
                review.Rate(QualityLevel.Complete, 60);
            }

            (await db.OrganizationReviews.SingleAsync(r => r.ReviewPeriodId == year.PeriodId && r.Level == null, Token)).Rate(QualityLevel.Good, 75);
            await db.SaveChangesAsync(Token);
        }

        await using (var scope = year.App.Scope())
        {
            var absent = await scope.Get<PeriodService>().DecideAsync(2026, Token);
            Assert.Equal(PeriodsMessages.Absent, absent.FirstError!.MessageKey);
            Assert.Equal("Còn 1 đảng viên vắng mặt (chưa kiểm điểm): chưa thể khóa kỳ đánh giá.", year.App.VietnameseText<PeriodsMessages>(absent));
        }

        await year.DecideEveryoneAsync();
        await using (var scope = year.App.Scope())
        {
            Assert.True((await scope.Get<PeriodService>().DecideAsync(2026, Token)).Succeeded);
        }

        await using (var db = year.Context())
        {
            Assert.Equal(ReviewPeriodStatus.Decided, await db.ReviewPeriods.Where(p => p.Id == year.PeriodId).Select(p => p.Status).SingleAsync(Token));
        }
    }

    [Fact]
    public void The_undecided_subjects_are_counted_in_English_too()
    {
        var counts = new SubjectCounts(12, 1, 0);
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
            Assert.Equal("12 members, 1 organization", counts.ToString());
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
            Assert.Equal("12 đảng viên, 1 tổ chức", counts.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }
}
