using System.Net;
using System.Text.RegularExpressions;

namespace PartyReview.FunctionalTests.Reviews;

/// <summary>
/// /Commendations/{year} shows one page of each award's list (25), browsed with <c>?award=…&amp;page=…&amp;q=…</c>; the
/// export holds the whole list, and "Lập dự thảo quyết định cho cả danh sách" takes every page.
/// </summary>
public sealed partial class CommendationListPagingTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_386_excellent_members_are_shown_25_a_page_and_exported_and_drafted_whole()
    {
        using var clerk = await factory.SignInAsync("clerk@demo.local");
        var first = await clerk.GetStringAsync(new Uri("/Commendations/2019", UriKind.Relative), Token);
        var firstIds = CandidateIds(first, "ExcellentMember");
        Assert.Equal(25, firstIds.Count);
        Assert.Contains("href=\"?award=ExcellentMember&amp;page=2#list-ExcellentMember\"", first, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"whole-list-ExcellentMember\"", first, StringComparison.Ordinal);
        Assert.Contains("Dự thảo gồm cả 386 đối tượng chưa được khen của danh sách (mọi trang)", first, StringComparison.Ordinal);
        // The short lists are whole on the page, as before.
        Assert.Equal(9, NamesOf(first, "ExcellentMemberConsecutiveYears").Count);
        Assert.DoesNotContain("?award=ExcellentMemberConsecutiveYears&amp;page=", first, StringComparison.Ordinal);

        var second = await clerk.GetStringAsync(new Uri("/Commendations/2019?award=ExcellentMember&page=2", UriKind.Relative), Token);
        var secondIds = CandidateIds(second, "ExcellentMember");
        Assert.Equal(25, secondIds.Count);
        Assert.Empty(firstIds.Intersect(secondIds));
        var last = await clerk.GetStringAsync(new Uri("/Commendations/2019?award=ExcellentMember&page=16", UriKind.Relative), Token);
        Assert.Equal(11, CandidateIds(last, "ExcellentMember").Count);

        // The export is the whole list, in the page's order.
        var export = await clerk.GetStringAsync(new Uri("/Commendations/2019/Export?award=ExcellentMember&format=csv", UriKind.Relative), Token);
        Assert.Equal(1 + 386, export.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // A search narrows that list only; the badge still counts the whole list.
        var found = await clerk.GetStringAsync(new Uri("/Commendations/2019?award=ExcellentMember&q=nguy%E1%BB%85n", UriKind.Relative), Token);
        var names = NamesOf(found, "ExcellentMember");
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.StartsWith("Nguyễn", n, StringComparison.Ordinal));
        Assert.Contains(">386 đủ điều kiện<", found, StringComparison.Ordinal);

        // Drafting from page 2 with two of its members unchecked takes the 384 others of every page.
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(clerk, "/Commendations/2019?award=ExcellentMember&page=2");
        var form = new List<KeyValuePair<string, string>> { new("Award", "ExcellentMember"), new("WholeList", "true"), new("__RequestVerificationToken", token) };
        form.AddRange(secondIds.Select(id => new KeyValuePair<string, string>("Shown", id)));
        form.AddRange(secondIds.Skip(2).Select(id => new KeyValuePair<string, string>("Recipients", id)));
        using var content = new FormUrlEncodedContent(form);
        using var created = await clerk.PostAsync(new Uri("/Commendations/2019/Decisions", UriKind.Relative), content, Token);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var decision = await clerk.GetStringAsync(created.Headers.Location, Token);
        Assert.Equal(384, Regex.Count(decision, "name=\"Citations\\["));
        var after = await clerk.GetStringAsync(new Uri("/Commendations/2019?award=ExcellentMember&page=2", UriKind.Relative), Token);
        Assert.Equal(secondIds.Take(2), CandidateIds(after, "ExcellentMember"));
    }

    private static List<string> CandidateIds(string html, string award) =>
        [.. Regex.Matches(html, $"name=\"Recipients\" value=\"(\\d+)\" id=\"c-{award}-").Select(m => m.Groups[1].Value)];

    private static List<string> NamesOf(string html, string award)
    {
        var section = Regex.Match(html, $"data-award=\"{award}\".*?</section>", RegexOptions.Singleline).Value;
        return [.. Regex.Matches(section, "<th scope=\"row\" class=\"fw-normal\">([^<]+)</th>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
    }
}
