using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Domain.Members;

namespace PartyReview.FunctionalTests.Movements;

/// <summary>The ledger's pages through the real pipeline: the 2019 figures, who may record what, and the Secretary's scope.</summary>
public sealed class MovementPageTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<int> MemberOfAsync(string organizationCode)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        var organization = await db.Organizations.Where(o => o.Code == organizationCode).Select(o => o.Id).SingleAsync(Token);
        return await db.Members.Where(m => m.OrganizationId == organization && m.Status == MemberStatus.Official).OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync(Token);
    }

    /// <summary>Posts the next ledger entry as the member's page shows the form, with the member's version it carries.</summary>
    private async Task<HttpResponseMessage> RecordAsync(HttpClient client, int memberId, string kind, string date, string? token)
    {
        int version;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            version = await scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>().Members.Where(m => m.Id == memberId).Select(m => m.Version).SingleAsync(Token);
        }

        var fields = new Dictionary<string, string>
        {
            ["Next.Kind"] = kind, ["Next.OccurredOn"] = date, ["Next.MemberVersion"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri($"/Members/{memberId}/Events", UriKind.Relative), form, Token);
    }

    [Fact]
    public async Task The_2019_movements_page_holds_the_articles_figures_from_the_ledger()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        var html = await client.GetStringAsync(new Uri("/Movements/2019", UriKind.Relative), Token);
        Assert.Contains(
            "Năm 2019, Đảng ủy Khối kết nạp 145 đảng viên mới (đạt 120,8% chỉ tiêu năm); xét chuyển đảng chính thức cho 132 đồng chí đảng viên dự bị; " +
            "chuyển sinh hoạt Đảng đi cho 165 lượt đảng viên; tiếp nhận chuyển sinh hoạt Đảng đến cho 70 lượt đảng viên; cho ra khỏi Đảng 2 đồng chí; " +
            "xóa tên 1 đảng viên; cấp thẻ đảng viên cho 148 đồng chí.", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"members-at-end\">2.748<", html);
        // 68 organizations with movements, 25 a page by code; the totals above count them all.
        Assert.Contains("Tìm thấy 68", html, StringComparison.Ordinal);
        Assert.Equal([.. Enumerable.Range(1, 25).Select(i => $"TCCS{i:00}")], Codes(html));
        Assert.Contains("href=\"?page=2\"", html, StringComparison.Ordinal);

        var last = await client.GetStringAsync(new Uri("/Movements/2019?page=3", UriKind.Relative), Token);
        Assert.Equal([.. Enumerable.Range(51, 18).Select(i => $"TCCS{i:00}")], Codes(last));
        Assert.DoesNotContain(">TCCS50<", last, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"members-at-end\">2.748<", last);
        Assert.Contains("data-testid=\"committee-movements\"", last, StringComparison.Ordinal);

        var found = await client.GetStringAsync(new Uri("/Movements/2019?q=tccs0", UriKind.Relative), Token);
        Assert.Equal([.. Enumerable.Range(1, 9).Select(i => $"TCCS{i:00}")], Codes(found));
        Assert.Contains("href=\"/Movements/2019/Export?q=tccs0&amp;format=xlsx\"", found, StringComparison.Ordinal);
    }

    private static List<string> Codes(string html) =>
        [.. Regex.Matches(html, "<a href=\"/Members\\?organizationId=\\d+\">(TCCS\\d\\d)</a>").Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task A_secretary_records_for_their_own_members_only_and_sees_only_their_organization()
    {
        var own = await MemberOfAsync("TCCS02");
        var other = await MemberOfAsync("TCCS03");
        using var client = await factory.SignInAsync("secretary@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, $"/Members/{own}");

        using var refused = await RecordAsync(client, other, "Deceased", "2026-11-02", token);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        using var recorded = await RecordAsync(client, own, "TransferredOut", "2026-11-02", token);
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal("/Members", recorded.Headers.Location?.OriginalString);
        var list = await client.GetStringAsync(new Uri("/Members", UriKind.Relative), Token);
        Assert.Contains("Đã ghi sự kiện vào sổ đảng tịch.", list, StringComparison.Ordinal);
        using var gone = await client.GetAsync(new Uri($"/Members/{own}", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        var movements = await client.GetStringAsync(new Uri("/Movements/2026", UriKind.Relative), Token);
        Assert.Single(Regex.Matches(movements, "<a href=\"/Members\\?organizationId=\\d+\">TCCS\\d\\d</a>"));
        Assert.DoesNotContain("data-testid=\"movement-narrative\"", movements, StringComparison.Ordinal);

        var admissions = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Movements/Admissions/New");
        using var elsewhere = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["OrganizationId"] = (await OrganizationIdAsync("TCCS03")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AdmittedOn"] = "2026-11-20", ["DecisionNumber"] = "1-QĐ/ĐUK", ["Rows[0].FullName"] = "Phạm Thị Hoa", ["Rows[0].Gender"] = "Female", ["Rows[0].BirthDate"] = "1996-02-03",
            ["__RequestVerificationToken"] = admissions,
        });
        using var admitted = await client.PostAsync(new Uri("/Movements/Admissions/New", UriKind.Relative), elsewhere, Token);
        Assert.Equal(HttpStatusCode.NotFound, admitted.StatusCode);
    }

    private async Task<int> OrganizationIdAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        return await db.Organizations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Token);
    }

    [Theory]
    [InlineData("leader@demo.local")]
    [InlineData("clerk@demo.local")]
    public async Task Readers_see_the_ledger_but_cannot_record(string email)
    {
        var member = await MemberOfAsync("TCCS04");
        using var client = await factory.SignInAsync(email);
        var page = await client.GetStringAsync(new Uri($"/Members/{member}", UriKind.Relative), Token);
        Assert.Contains("data-testid=\"ledger\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"next-event\"", page, StringComparison.Ordinal);

        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, $"/Members/{member}");
        using var response = await RecordAsync(client, member, "Deceased", "2026-11-02", token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var targets = await client.GetAsync(new Uri("/Movements/Targets/2026", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.Forbidden, targets.StatusCode);
    }

    [Fact]
    public async Task A_refused_entry_shows_the_reason_and_a_post_without_antiforgery_is_rejected()
    {
        var member = await MemberOfAsync("TCCS05");
        using var client = await factory.SignInAsync("staff@demo.local");
        using var forged = await RecordAsync(client, member, "Deceased", "2026-11-02", token: null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, $"/Members/{member}");
        using var refused = await RecordAsync(client, member, "MadeOfficial", "2026-11-02", token);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("đã là đảng viên chính thức từ ngày", await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_form_of_the_ledger_pages_carries_its_antiforgery_token()
    {
        var member = await MemberOfAsync("TCCS06");
        using var client = await factory.SignInAsync("staff@demo.local");
        foreach (var path in new[] { $"/Members/{member}", "/Movements/Admissions/New", "/Movements/Targets/2026", "/Members/New" })
        {
            var html = await client.GetStringAsync(new Uri(path, UriKind.Relative), Token);
            var forms = Regex.Matches(html, "<form[^>]*method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
            Assert.NotEmpty(forms);
            Assert.All(forms, f => Assert.Contains("__RequestVerificationToken", f.Groups[1].Value, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_probation_page_marks_the_overdue_decisions()
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        var html = await client.GetStringAsync(new Uri("/Movements/Probation", UriKind.Relative), Token);
        Assert.Contains("data-testid=\"probation-waiting\"", html, StringComparison.Ordinal);
        Assert.True(Regex.Count(html, "data-overdue=\"true\"") >= 3, "the demo's members admitted in August–September 2025 are overdue");
        Assert.Contains("quá hạn", html, StringComparison.Ordinal);
    }
}
