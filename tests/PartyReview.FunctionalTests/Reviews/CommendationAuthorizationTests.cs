using System.Net;

namespace PartyReview.FunctionalTests.Reviews;

public sealed class CommendationAuthorizationTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_leader_reads_the_lists_but_cannot_draft_or_issue()
    {
        using var leader = await factory.SignInAsync("leader@demo.local");
        var html = await leader.GetStringAsync(new Uri("/Commendations/2019", UriKind.Relative), Token);
        Assert.Contains("Trong sạch vững mạnh tiêu biểu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"create-", html, StringComparison.Ordinal);

        var token = await PartyReviewFactory.AntiforgeryTokenAsync(leader, "/Commendations/2019");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Award"] = "ExemplaryOrganization", ["Recipients"] = "1", ["__RequestVerificationToken"] = token });
        using var post = await leader.PostAsync(new Uri("/Commendations/2019/Decisions", UriKind.Relative), form, Token);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task A_secretary_cannot_see_commendations()
    {
        using var secretary = await factory.SignInAsync("secretary@demo.local");
        using var response = await secretary.GetAsync(new Uri("/Commendations/2019", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
