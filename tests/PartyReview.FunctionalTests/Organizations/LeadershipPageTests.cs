using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Domain.Organizations;
using PartyReview.Web.Features.Leadership;
using PartyReview.Web.Features.Membership;

namespace PartyReview.FunctionalTests.Organizations;

/// <summary>An organization's cấp ủy page through the real pipeline: who reads, who writes, the Secretary's scope, antiforgery, messages.</summary>
public sealed class LeadershipPageTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<int> OrganizationIdAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        return await db.Organizations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Token);
    }

    /// <summary>A member of the organization on 01/03/2026 holding no seat there.</summary>
    private async Task<int> UnseatedMemberAsync(int organizationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        var committeeId = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Token);
        return await LedgerQueries.PlacementsOn(db, committeeId, new DateOnly(2026, 3, 1))
            .Where(p => p.OrganizationId == organizationId && !db.LeadershipSeats.Any(s => s.MemberId == p.MemberId))
            .OrderByDescending(p => p.MemberId).Select(p => p.MemberId).FirstAsync(Token);
    }

    private static async Task<HttpResponseMessage> AddAsync(HttpClient client, int organizationId, int memberId, LeadershipPost post, string? token)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.MemberId"] = memberId.ToString(CultureInfo.InvariantCulture), ["Form.Post"] = post.ToString(), ["Form.StartsOn"] = "2026-03-01",
        };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri($"/Organizations/{organizationId}/Leadership", UriKind.Relative), form, Token);
    }

    [Fact]
    public async Task Staff_add_a_seat_and_see_it_listed_and_a_second_Bi_thu_is_refused_in_Vietnamese()
    {
        var organizationId = await OrganizationIdAsync("TCCS05");
        var member = await UnseatedMemberAsync(organizationId);
        using var client = await factory.SignInAsync("staff@demo.local");
        var path = $"/Organizations/{organizationId}/Leadership";
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative), Token);
        Assert.Contains("data-testid=\"seats-current\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"seats-past\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"seat-form\"", page, StringComparison.Ordinal);
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, path);

        using var refused = await AddAsync(client, organizationId, member, LeadershipPost.Secretary, token);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Tổ chức đã có Bí thư trong thời gian này", await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);

        using var added = await AddAsync(client, organizationId, member, LeadershipPost.CommitteeMember, token);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var after = await client.GetStringAsync(new Uri(path, UriKind.Relative), Token);
        Assert.Contains("Đã thêm chức vụ cấp ủy.", after, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Members/{member}\">", after, StringComparison.Ordinal);
        Assert.Contains("01/03/2026–nay", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_organization_page_links_to_its_cap_uy()
    {
        var organizationId = await OrganizationIdAsync("TCCS04");
        using var client = await factory.SignInAsync("leader@demo.local");
        var page = await client.GetStringAsync(new Uri($"/Organizations/{organizationId}", UriKind.Relative), Token);
        Assert.Contains($"href=\"/Organizations/{organizationId}/Leadership\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leader@demo.local")]
    [InlineData("clerk@demo.local")]
    public async Task Readers_see_the_cap_uy_but_cannot_change_it(string email)
    {
        var organizationId = await OrganizationIdAsync("TCCS04");
        using var client = await factory.SignInAsync(email);
        var path = $"/Organizations/{organizationId}/Leadership";
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative), Token);
        Assert.Contains("data-testid=\"seats-current\"", page, StringComparison.Ordinal);
        Assert.Contains("Bí thư", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"seat-form\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/Remove\"", page, StringComparison.Ordinal);

        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, path);
        using var refused = await AddAsync(client, organizationId, await UnseatedMemberAsync(organizationId), LeadershipPost.CommitteeMember, token);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var remove = new FormUrlEncodedContent(new Dictionary<string, string> { ["seatId"] = "1", ["version"] = "0", ["__RequestVerificationToken"] = token });
        using var removed = await client.PostAsync(new Uri($"{path}/Remove", UriKind.Relative), remove, Token);
        Assert.Equal(HttpStatusCode.Forbidden, removed.StatusCode);
    }

    [Fact]
    public async Task A_secretary_manages_their_own_cap_uy_and_gets_404_for_another_TCCS()
    {
        var own = await OrganizationIdAsync("TCCS02");
        var other = await OrganizationIdAsync("TCCS03");
        using var client = await factory.SignInAsync("secretary@demo.local");
        var ownPath = $"/Organizations/{own}/Leadership";
        var page = await client.GetStringAsync(new Uri(ownPath, UriKind.Relative), Token);
        Assert.Contains("data-testid=\"seat-form\"", page, StringComparison.Ordinal);
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, ownPath);

        using var elsewhere = await client.GetAsync(new Uri($"/Organizations/{other}/Leadership", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        using var refused = await AddAsync(client, other, await UnseatedMemberAsync(other), LeadershipPost.CommitteeMember, token);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        using var added = await AddAsync(client, own, await UnseatedMemberAsync(own), LeadershipPost.CommitteeMember, token);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }

    [Fact]
    public async Task Unknown_ids_are_404_and_a_post_without_antiforgery_is_rejected()
    {
        var organizationId = await OrganizationIdAsync("TCCS06");
        using var client = await factory.SignInAsync("staff@demo.local");
        using var unknown = await client.GetAsync(new Uri("/Organizations/999999/Leadership", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var forged = await AddAsync(client, organizationId, await UnseatedMemberAsync(organizationId), LeadershipPost.CommitteeMember, token: null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, $"/Organizations/{organizationId}/Leadership");
        using var end = new FormUrlEncodedContent(new Dictionary<string, string> { ["SeatId"] = "999999", ["EndsOn"] = "2026-11-30", ["Version"] = "0", ["__RequestVerificationToken"] = token });
        using var noSeat = await client.PostAsync(new Uri($"/Organizations/{organizationId}/Leadership/End", UriKind.Relative), end, Token);
        Assert.Equal(HttpStatusCode.NotFound, noSeat.StatusCode);
        using var remove = new FormUrlEncodedContent(new Dictionary<string, string> { ["seatId"] = "1", ["version"] = "0", ["__RequestVerificationToken"] = token });
        using var noOrganization = await client.PostAsync(new Uri("/Organizations/999999/Leadership/Remove", UriKind.Relative), remove, Token);
        Assert.Equal(HttpStatusCode.NotFound, noOrganization.StatusCode);
    }

    [Fact]
    public void Every_message_has_its_Vietnamese_text_and_its_English_translation()
    {
        var resources = new ResourceManager("PartyReview.Web.Resources.Features.Leadership.LeadershipMessages", typeof(Program).Assembly);
        static HashSet<string> Keys(ResourceSet set) => set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
        var vietnamese = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var english = Keys(resources.GetResourceSet(new CultureInfo("en"), true, false)!);
        Assert.Equal(vietnamese.Order(), english.Order());
        Assert.Equal(LeadershipMessages.Keys.Order(), vietnamese.Order());
    }
}
