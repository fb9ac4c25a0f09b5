using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Reviews;
using PartyReview.Domain.Reviews.Criteria;
using PartyReview.Domain.Reviews.Rules;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Periods;

namespace PartyReview.IntegrationTests.Periods;

/// <summary>A period's criteria frames: the 366/43 default, edited by staff until the first score, then fixed.</summary>
public sealed class CriteriaFrameServiceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A 2027 period with no score yet, beside the 2026 one that has scores.</summary>
    private static async Task<int> OpenNextYearAsync(StepYear year)
    {
        await using var db = year.Context();
        var period = new ReviewPeriod
        {
            CommitteeId = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Token),
            Year = 2027,
            RuleSet = RuleSet.Regulation366Guidance43,
            ReviewDate = new DateOnly(2027, 12, 15),
        };
        db.ReviewPeriods.Add(period);
        await db.SaveChangesAsync(Token);
        return period.Id;
    }

    private static FrameForm Form(string common, string tasks, params (CriteriaGroup Group, string Position, string Title, string? Points)[] items) => new()
    {
        CommonMaximum = common,
        TaskMaximum = tasks,
        Items = [.. items.Select(i => new FrameItemForm { Group = i.Group, Position = i.Position, Title = i.Title, MaxPoints = i.Points })],
    };

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Staff_adjust_a_frame_until_the_first_score_then_it_is_fixed(DatabaseProvider provider)
    {
        await using var year = await StepYear.CreateAsync(provider);
        var periodId = await OpenNextYearAsync(year);

        await using (var scope = year.App.Scope())
        {
            var model = (await scope.Get<CriteriaFrameService>().GetAsync(2027, Token))!;
            Assert.False(model.IsFixed);
            Assert.Equal(SubjectTypes.All, model.Frames.Select(f => f.Subject));
            Assert.All(model.Frames, f => Assert.True(f.IsDefault && f.CommonMaximum == 30 && f.TaskMaximum == 70));
        }

        // 40 + 60, a sub-criterion added with points, the tasks' item moved after it, one common item removed.
        var form = (await GetFrameAsync(year, 2027, SubjectType.Member)).ToForm();
        form.CommonMaximum = "40";
        form.TaskMaximum = "60";
        form.Items[0].Remove = true;
        form.Items.Add(new FrameItemForm { Group = CriteriaGroup.Tasks, Position = "0", Title = "Thực hiện nhiệm vụ đột xuất", MaxPoints = "10,5" });
        await using (var scope = year.App.Scope())
        {
            var saved = await scope.Get<CriteriaFrameService>().SaveAsync(2027, SubjectType.Member, form, Token);
            Assert.True(saved.Succeeded, saved.FirstError?.MessageKey);
        }

        var member = await GetFrameAsync(year, 2027, SubjectType.Member);
        Assert.False(member.IsDefault);
        Assert.Equal((40m, 60m), (member.CommonMaximum, member.TaskMaximum));
        Assert.Equal(2, member.ItemsOf(CriteriaGroup.Common).Count());
        Assert.Equal(
            [("Thực hiện nhiệm vụ đột xuất", (decimal?)10.5m), ("Kết quả thực hiện nhiệm vụ được giao theo chức trách, vị trí việc làm (theo từng nhiệm vụ)", null)],
            member.ItemsOf(CriteriaGroup.Tasks).Select(i => (i.Title, i.MaxPoints)));
        Assert.True((await GetFrameAsync(year, 2027, SubjectType.Leader)).IsDefault);
        await using (var db = year.Context())
        {
            var audit = await db.AuditEntries.SingleAsync(a => a.EntityType == nameof(CriteriaFrame), Token);
            Assert.StartsWith("30 + 70", audit.OldValue, StringComparison.Ordinal);
            Assert.StartsWith("40 + 60", audit.NewValue, StringComparison.Ordinal);
        }

        // Maxima not summing to 100 are refused with the rule's finding, and nothing changes.
        await using (var scope = year.App.Scope())
        {
            var refused = await scope.Get<CriteriaFrameService>().SaveAsync(2027, SubjectType.Member, Form("40", "70"), Token);
            Assert.Equal(RuleTexts.FrameNotHundred, refused.FirstError!.MessageKey);
            Assert.Equal("Khung tiêu chí: điểm tối đa của hai nhóm (40 và 70) phải dương và cộng lại đúng 100.", year.App.VietnameseText<Web.Features.Reviews.ReviewsMessages>(refused));
            var over = await scope.Get<CriteriaFrameService>().SaveAsync(
                2027, SubjectType.Member, Form("30", "70", (CriteriaGroup.Common, "1", "Chính trị", "20"), (CriteriaGroup.Common, "2", "Đạo đức", "15")), Token);
            Assert.Equal(RuleTexts.FrameCommonItemsOver, over.FirstError!.MessageKey);
        }

        Assert.Equal(40m, (await GetFrameAsync(year, 2027, SubjectType.Member)).CommonMaximum);

        // The first score fixes the frames.
        await using (var db = year.Context())
        {
            var review = new MemberReview { ReviewPeriodId = periodId, MemberId = year.Members["Member2"], OrganizationId = year.Organizations["TCCS01"] };
            review.Rate(QualityLevel.Good, 80);
            db.MemberReviews.Add(review);
            await db.SaveChangesAsync(Token);
        }

        await using (var scope = year.App.Scope())
        {
            var service = scope.Get<CriteriaFrameService>();
            Assert.True((await service.GetAsync(2027, Token))!.IsFixed);
            var fixedFrame = await service.SaveAsync(2027, SubjectType.Member, Form("30", "70"), Token);
            Assert.Equal(PeriodsMessages.FrameFixed, fixedFrame.FirstError!.MessageKey);
            Assert.Equal("Khung tiêu chí đã cố định vì đã có điểm.", year.App.VietnameseText<PeriodsMessages>(fixedFrame));

            // 2026 has step points already: fixed from the start.
            Assert.True((await service.GetAsync(2026, Token))!.IsFixed);
        }
    }

    [Fact]
    public async Task A_year_rated_by_level_only_has_no_frames()
    {
        await using var context = await EntryTestContext.CreateAsync();
        await using var scope = context.App.Scope();
        Assert.Null(await scope.Get<CriteriaFrameService>().GetAsync(2019, Token));
        var refused = await scope.Get<CriteriaFrameService>().SaveAsync(2019, SubjectType.Member, Form("30", "70"), Token);
        Assert.Equal(PeriodsMessages.FrameNoPointScale, refused.FirstError!.MessageKey);
    }

    private static async Task<FrameView> GetFrameAsync(StepYear year, int reviewYear, SubjectType subject)
    {
        await using var scope = year.App.Scope();
        return (await scope.Get<CriteriaFrameService>().GetAsync(reviewYear, Token))!.Frames.Single(f => f.Subject == subject);
    }
}
