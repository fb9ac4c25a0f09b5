using PartyReview.Data;
using PartyReview.Domain.Commendations;
using PartyReview.IntegrationTests.Periods;
using PartyReview.IntegrationTests.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Commendations;
using PartyReview.Web.Features.Periods;

namespace PartyReview.IntegrationTests.Commendations;

/// <summary>Commendations come from decided results only: a period still open can neither draft nor issue a decision.</summary>
public sealed class DecidedPeriodCommendationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_decision_is_drafted_and_issued_only_from_a_decided_period(DatabaseProvider provider)
    {
        await using var year = await StepYear.CreateAsync(provider);

        // Open: the lists read decided levels only (the Leader's proposed HTXSNV is not one), and drafting is refused.
        await using (var scope = year.App.Scope("clerk@demo.local"))
        {
            var service = scope.Get<CommendationService>();
            var lists = (await service.GetAsync(2026, Token))!;
            Assert.Empty(lists.Awards.Single(a => a.Award == AwardKind.ExcellentMember).Page.Items);
            var refused = await service.CreateDecisionAsync(2026, AwardKind.ExcellentMember, [year.Members["Leader"]], Token);
            Assert.Equal(CommendationsMessages.PeriodNotDecidedDraft, refused.FirstError!.MessageKey);
            Assert.Equal("Kỳ đánh giá năm 2026 chưa quyết định, khóa kỳ: chưa thể lập quyết định khen thưởng.", year.App.VietnameseText<CommendationsMessages>(refused));
        }

        await year.DecideEveryoneAsync();
        await using (var scope = year.App.Scope())
        {
            Assert.True((await scope.Get<PeriodService>().DecideAsync(2026, Token)).Succeeded);
        }

        int id;
        await using (var scope = year.App.Scope("clerk@demo.local"))
        {
            var service = scope.Get<CommendationService>();
            var candidates = (await service.GetAsync(2026, Token))!.Awards.Single(a => a.Award == AwardKind.ExcellentMember).Page.Items;
            Assert.Equal([year.Members["Member3"]], candidates.Select(c => c.Id));
            var created = await service.CreateDecisionAsync(2026, AwardKind.ExcellentMember, [year.Members["Member3"]], Token);
            Assert.True(created.Succeeded, created.FirstError?.MessageKey);
            id = created.Value;
        }

        // Reopened before the draft is issued: issuing waits for the period to be decided again.
        await using (var scope = year.App.Scope("admin@demo.local"))
        {
            Assert.True((await scope.Get<PeriodService>().ReopenAsync(2026, "Sửa kết quả theo kết luận kiểm tra", Token)).Succeeded);
        }

        await using (var scope = year.App.Scope("clerk@demo.local"))
        {
            var refused = await scope.Get<CommendationService>().IssueAsync(id, Token);
            Assert.Equal(CommendationsMessages.PeriodNotDecided, refused.FirstError!.MessageKey);
            Assert.Equal("Kỳ đánh giá năm 2026 chưa quyết định, khóa kỳ: chưa thể ban hành quyết định khen thưởng.", year.App.VietnameseText<CommendationsMessages>(refused));
        }

        await using (var scope = year.App.Scope())
        {
            Assert.True((await scope.Get<PeriodService>().DecideAsync(2026, Token)).Succeeded);
        }

        await using (var scope = year.App.Scope("clerk@demo.local"))
        {
            Assert.True((await scope.Get<CommendationService>().IssueAsync(id, Token)).Succeeded);
        }
    }
}
