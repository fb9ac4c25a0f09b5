using System.Net;

namespace PartyReview.FunctionalTests.Account;

public sealed class SignInTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Reports/Summary/2019")]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string path)
    {
        using var client = factory.CreateBrowserLikeClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_login_page_lists_the_demo_accounts_in_Development()
    {
        using var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("Đăng nhập", html, StringComparison.Ordinal);
        foreach (var email in new[] { "admin@demo.local", "staff@demo.local", "leader@demo.local", "clerk@demo.local", "secretary@demo.local" })
        {
            Assert.Contains(email, html, StringComparison.Ordinal);
        }

        Assert.Contains("PartyReview@2019", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_Vietnamese_message()
    {
        using var client = factory.CreateBrowserLikeClient();
        using var response = await PartyReviewFactory.PostLoginAsync(client, "clerk@demo.local", "sai-mat-khau");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thư điện tử hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_form_explains_what_is_missing()
    {
        using var client = factory.CreateBrowserLikeClient();
        using var response = await PartyReviewFactory.PostLoginAsync(client, "", "");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Vui lòng nhập Thư điện tử.", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng nhập Mật khẩu.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "staff@demo.local", ["Password"] = "PartyReview@2019" });
        using var login = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);

        using var empty = new FormUrlEncodedContent([]);
        using var logout = await client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), empty, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
    }

    [Fact]
    public async Task Signing_out_needs_a_post_with_the_token_and_ends_the_session()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var logout = await client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        using var after = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_check_answers_without_signing_in()
    {
        using var client = factory.CreateBrowserLikeClient();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
