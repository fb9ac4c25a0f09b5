using System.Net;
using PartyReview.FunctionalTests.Admin;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.FunctionalTests.Infrastructure;

/// <summary>What every response carries, and what a request for a record that does not exist gets.</summary>
public sealed class HardeningTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/Account/Login", HttpStatusCode.OK)]
    [InlineData("/lib/bootstrap/css/bootstrap.min.css", HttpStatusCode.OK)]
    [InlineData("/Error/404", HttpStatusCode.NotFound)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    public async Task Every_response_carries_the_content_security_policy_and_no_sniffing(string path, HttpStatusCode expected)
    {
        using var client = factory.CreateBrowserLikeClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("script-src 'self';", SecurityHeadersMiddleware.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", SecurityHeadersMiddleware.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task No_page_of_the_app_holds_an_inline_script_or_handler()
    {
        using var staff = await factory.SignInAsync("staff@demo.local");
        foreach (var path in new[] { "/", "/Reports/Summary/2019", "/Reports/Dashboard/2019", "/Periods/2026", "/Members", "/Commendations/2019", "/Movements/2019", "/Import" })
        {
            var html = await staff.GetStringAsync(new Uri(path, UriKind.Relative), Cancel);
            Assert.DoesNotMatch("<script(?![^>]*(src=|type=\"application/json\"))[^>]*>", html);
            Assert.DoesNotMatch("\\son(click|change|submit|load|input)=", html);
        }
    }

    [Theory]
    [InlineData("Deactivate")]
    [InlineData("Reactivate")]
    [InlineData("Unlock")]
    [InlineData("ResetLink")]
    public async Task An_account_action_on_an_account_that_does_not_exist_answers_404(string action)
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        using var response = await AdminSteps.PostAsync(admin, "/Admin/Accounts", $"/Admin/Accounts/khong-co-tai-khoan/{action}", ("AdminPassword", AdminSteps.DemoPassword));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
