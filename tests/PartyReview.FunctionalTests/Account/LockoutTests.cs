namespace PartyReview.FunctionalTests.Account;

public sealed class LockoutTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        using var client = factory.CreateBrowserLikeClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await PartyReviewFactory.PostLoginAsync(client, "admin@demo.local", $"Sai-mat-khau-{attempt}");
        }

        using var response = await PartyReviewFactory.PostLoginAsync(client, "admin@demo.local", "PartyReview@2019");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("tạm bị khóa", html, StringComparison.Ordinal);
    }
}
