using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;

namespace PartyReview.FunctionalTests.Reviews;

/// <summary>Who may read and write an organization's entries, through the real pipeline.</summary>
public sealed class EntryAuthorizationTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<int> OrganizationIdAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        return await db.Organizations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Token);
    }

    private static async Task<HttpResponseMessage> PostEntryAsync(HttpClient client, string path, string? token)
    {
        var fields = new Dictionary<string, string> { ["Version"] = "0" };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form, Token);
    }

    [Fact]
    public async Task A_secretary_reaches_their_own_organization_and_no_other()
    {
        var own = await OrganizationIdAsync("TCCS02");
        var other = await OrganizationIdAsync("TCCS03");
        using var client = await factory.SignInAsync("secretary@demo.local");

        using var mine = await client.GetAsync(new Uri($"/Periods/2026/Entry/{own}", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("data-testid=\"save\"", await mine.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);

        using var read = await client.GetAsync(new Uri($"/Periods/2026/Entry/{other}", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);

        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, $"/Periods/2026/Entry/{own}");
        using var write = await PostEntryAsync(client, $"/Periods/2026/Entry/{other}", token);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);

        var periods = await client.GetStringAsync(new Uri("/Periods", UriKind.Relative), Token);
        Assert.DoesNotContain("2.748", periods, StringComparison.Ordinal);

        var overview = await client.GetStringAsync(new Uri("/Periods/2026", UriKind.Relative), Token);
        Assert.Contains("data-organization=\"TCCS02\"", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("data-organization=\"TCCS03\"", overview, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leader@demo.local")]
    [InlineData("clerk@demo.local")]
    public async Task Leaders_and_clerks_read_the_overview_but_cannot_open_or_post_entries(string email)
    {
        var organization = await OrganizationIdAsync("TCCS47");
        using var client = await factory.SignInAsync(email);

        using var overview = await client.GetAsync(new Uri("/Periods/2026", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        using var get = await client.GetAsync(new Uri($"/Periods/2026/Entry/{organization}", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Periods/2026");
        using var post = await PostEntryAsync(client, $"/Periods/2026/Entry/{organization}", token);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_login_and_a_post_without_token_is_rejected()
    {
        var organization = await OrganizationIdAsync("TCCS47");
        using var anonymous = factory.CreateBrowserLikeClient();
        using var get = await anonymous.GetAsync(new Uri($"/Periods/2026/Entry/{organization}", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.StartsWith("/Account/Login", get.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var staff = await factory.SignInAsync("staff@demo.local");
        using var post = await PostEntryAsync(staff, $"/Periods/2026/Entry/{organization}", token: null);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
    }

    [Fact]
    public async Task A_decided_period_shows_read_only_and_refuses_a_post()
    {
        var organization = await OrganizationIdAsync("TCCS02");
        using var staff = await factory.SignInAsync("staff@demo.local");
        var page = await staff.GetStringAsync(new Uri($"/Periods/2019/Entry/{organization}", UriKind.Relative), Token);
        Assert.Contains("data-testid=\"locked\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"save\"", page, StringComparison.Ordinal);

        var token = await PartyReviewFactory.AntiforgeryTokenAsync(staff, "/Periods/2026");
        using var post = await PostEntryAsync(staff, $"/Periods/2019/Entry/{organization}", token);
        Assert.True(post.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.NotFound, post.StatusCode.ToString());
    }

    [Fact]
    public async Task Only_an_admin_may_reopen_a_decided_period()
    {
        using var staff = await factory.SignInAsync("staff@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(staff, "/Periods/2026");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Reason"] = "Sửa sai sót khi nhập liệu", ["__RequestVerificationToken"] = token });
        using var refused = await staff.PostAsync(new Uri("/Periods/2018/Reopen", UriKind.Relative), form, Token);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_grid_of_two_thousand_members_is_accepted_as_one_form()
    {
        var organization = await OrganizationIdAsync("TCCS47");
        using var staff = await factory.SignInAsync("staff@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(staff, $"/Periods/2026/Entry/{organization}");
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("Version", "0") };
        for (var i = 0; i < 2000; i++)
        {
            fields.Add(new($"Members[{i}].ReviewId", (900_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            fields.Add(new($"Members[{i}].Score", "80"));
            fields.Add(new($"Members[{i}].Note", ""));
        }

        using var form = new FormUrlEncodedContent(fields);
        using var response = await staff.PostAsync(new Uri($"/Periods/2026/Entry/{organization}", UriKind.Relative), form, Token);

        // Read in full (no form-size error): refused only because these are not the organization's members.
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
