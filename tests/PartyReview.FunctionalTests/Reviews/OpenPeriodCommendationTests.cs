namespace PartyReview.FunctionalTests.Reviews;

/// <summary>Commendation decisions are drawn up from a decided period only: before, the lists are a preview.</summary>
public sealed class OpenPeriodCommendationTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    [Fact]
    public async Task An_open_period_lists_candidates_but_offers_no_decision_to_draw_up()
    {
        using var clerk = await factory.SignInAsync("clerk@demo.local");
        var cancel = TestContext.Current.CancellationToken;

        var open = await clerk.GetStringAsync(new Uri("/Commendations/2026", UriKind.Relative), cancel);
        Assert.Contains("Kỳ đánh giá năm 2026 chưa quyết định, khóa kỳ: chưa thể lập quyết định khen thưởng.", open, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"create-", open, StringComparison.Ordinal);

        var decided = await clerk.GetStringAsync(new Uri("/Commendations/2019", UriKind.Relative), cancel);
        Assert.DoesNotContain("data-testid=\"period-not-decided\"", decided, StringComparison.Ordinal);
    }
}
