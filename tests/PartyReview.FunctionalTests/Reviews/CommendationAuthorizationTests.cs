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

    [Fact]
    public async Task A_clerk_drafts_a_decision_whose_print_is_marked_as_a_draft()
    {
        using var clerk = await factory.SignInAsync("clerk@demo.local");
        // 2019's decisions are issued in the demo; 2018's members HTXSNV are still to be commended.
        var page = await clerk.GetStringAsync(new Uri("/Commendations/2018", UriKind.Relative), Token);
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(clerk, "/Commendations/2018");
        var first = System.Text.RegularExpressions.Regex.Match(page, "name=\"Recipients\" value=\"(\\d+)\" id=\"c-ExcellentMember-").Groups[1].Value;
        Assert.NotEmpty(first);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Award"] = "ExcellentMember", ["Recipients"] = first, ["__RequestVerificationToken"] = token,
        });
        using var created = await clerk.PostAsync(new Uri("/Commendations/2018/Decisions", UriKind.Relative), form, Token);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var print = await clerk.GetStringAsync(new Uri(created.Headers.Location!.OriginalString + "/Print", UriKind.Relative), Token);
        Assert.Contains("DỰ THẢO", print, StringComparison.Ordinal);
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", print, StringComparison.Ordinal);
    }
}
