using System.Net;
using System.Text.RegularExpressions;

namespace PartyReview.FunctionalTests.Members;

/// <summary>Organization and member lists: Vietnamese search, order, filters, scope, validation.</summary>
public sealed class RosterTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Searching_without_diacritics_finds_the_member()
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        var html = await client.GetStringAsync(new Uri("/Members?q=nguyen+van+an", UriKind.Relative), Token);
        var names = Regex.Matches(html, "<a href=\"/Members/\\d+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("Nguyễn Văn An", names);
        Assert.All(names, n => Assert.StartsWith("Nguyễn Văn An", n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Members_are_listed_by_given_name_first()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        var html = await client.GetStringAsync(new Uri("/Members", UriKind.Relative), Token);
        var names = Regex.Matches(html, "<a href=\"/Members/\\d+\">([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(25, names.Count);
        Assert.All(names.Take(5), n => Assert.EndsWith(" An", n, StringComparison.Ordinal));
        Assert.Equal("Tìm thấy 2.774", Regex.Match(html, "Tìm thấy [0-9.]+").Value);
    }

    [Fact]
    public async Task The_list_at_a_past_date_holds_the_members_the_ledger_places_there()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        var html = await client.GetStringAsync(new Uri("/Members?on=2019-12-31", UriKind.Relative), Token);
        Assert.Contains("Tìm thấy 2.748", html, StringComparison.Ordinal);
        Assert.Contains("theo sổ đảng tịch đến hết ngày 31/12/2019", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secretary_sees_only_the_members_of_their_organization()
    {
        using var client = await factory.SignInAsync("secretary@demo.local");
        var html = await client.GetStringAsync(new Uri("/Members", UriKind.Relative), Token);
        var organizations = Regex.Matches(html, "<td class=\"small\">([^<]+)</td>").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(["Đảng bộ Sở Tài chính"], organizations);

        var list = await client.GetStringAsync(new Uri("/Organizations", UriKind.Relative), Token);
        Assert.Contains("Tìm thấy 1", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organizations_are_searched_without_diacritics_and_filtered_by_kind()
    {
        using var client = await factory.SignInAsync("clerk@demo.local");
        var html = await client.GetStringAsync(new Uri("/Organizations?q=so+tai+chinh&kind=PartyCommittee", UriKind.Relative), Token);
        Assert.Contains("Đảng bộ Sở Tài chính", html, StringComparison.Ordinal);
        Assert.Contains("Tìm thấy 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_member_with_a_card_number_already_issued_is_refused_with_a_clear_message()
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        var existing = Regex.Match(await client.GetStringAsync(new Uri("/Members?q=nguyen+van+an", UriKind.Relative), Token), "<td>(\\d{8})</td>").Groups[1].Value;
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Members/New");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Member.MemberCode"] = "DV99999",
            ["Member.FullName"] = "Lê Thị Thu",
            ["Member.Gender"] = "Female",
            ["Member.BirthDate"] = "1990-05-01",
            ["Member.EntryKind"] = "TransferredIn",
            ["Member.AdmittedOn"] = "2020-05-01",
            ["Member.ReceivedOn"] = "2026-03-02",
            ["Member.OfficialOn"] = "2021-05-01",
            ["Member.PartyCardNumber"] = existing,
            ["Member.OrganizationId"] = "1",
            ["__RequestVerificationToken"] = token,
        });
        using var response = await client.PostAsync(new Uri("/Members/New", UriKind.Relative), form, Token);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"Số thẻ {existing} đã cấp cho đảng viên khác.", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaders_cannot_create_members()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        using var response = await client.GetAsync(new Uri("/Members/New", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
