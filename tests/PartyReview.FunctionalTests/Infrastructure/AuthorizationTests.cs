using System.Net;

namespace PartyReview.FunctionalTests.Infrastructure;

/// <summary>Each role reaches what it should and is refused what it should not.</summary>
public sealed class AuthorizationTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    [Theory]
    [InlineData("admin@demo.local", HttpStatusCode.OK)]
    [InlineData("staff@demo.local", HttpStatusCode.OK)]
    [InlineData("leader@demo.local", HttpStatusCode.OK)]
    [InlineData("clerk@demo.local", HttpStatusCode.OK)]
    [InlineData("secretary@demo.local", HttpStatusCode.Forbidden)]
    public async Task The_committee_summary_is_for_everyone_but_a_secretary(string email, HttpStatusCode expected)
    {
        using var client = await factory.SignInAsync(email);
        using var response = await client.GetAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("admin@demo.local")]
    [InlineData("staff@demo.local")]
    [InlineData("leader@demo.local")]
    [InlineData("clerk@demo.local")]
    [InlineData("secretary@demo.local")]
    public async Task Every_role_has_a_home_page(string email)
    {
        using var client = await factory.SignInAsync(email);
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_secretary_home_shows_only_their_organization()
    {
        using var client = await factory.SignInAsync("secretary@demo.local");
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("Đảng bộ Sở Tài chính", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/Reports/Summary/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leader_home_is_the_dashboard_of_the_open_2026_period_and_links_every_year()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"dashboard\"", html, StringComparison.Ordinal);
        Assert.Contains("Thống kê kết quả đánh giá, xếp loại năm 2026", html, StringComparison.Ordinal);
        foreach (var year in new[] { 2015, 2016, 2017, 2018, 2019, 2026 })
        {
            Assert.Contains($"/Reports/Summary/{year}", html, StringComparison.Ordinal);
        }
    }
}
