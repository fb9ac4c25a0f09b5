namespace PartyReview.FunctionalTests.Account;

public sealed class LockoutTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password_and_the_page_does_not_say_so()
    {
        using var client = factory.CreateBrowserLikeClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await PartyReviewFactory.PostLoginAsync(client, "admin@demo.local", $"Sai-mat-khau-{attempt}");
        }

        using var response = await PartyReviewFactory.PostLoginAsync(client, "admin@demo.local", "PartyReview@2019");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thư điện tử hoặc mật khẩu không đúng", html, StringComparison.Ordinal);
        Assert.DoesNotContain("khóa", html, StringComparison.Ordinal);

        // Other accounts are not affected.
        using var leader = await factory.SignInAsync("leader@demo.local");
        Assert.NotNull(leader);
    }
}
