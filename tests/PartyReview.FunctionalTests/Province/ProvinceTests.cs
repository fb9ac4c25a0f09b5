using System.Net;
using System.Text.RegularExpressions;

namespace PartyReview.FunctionalTests.Province;

/// <summary>
/// Several committees, one province: the Province account reads both demo committees side by side and drills into one,
/// read-only; each committee's people see only their own committee.
/// </summary>
public sealed partial class ProvinceTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_province_sees_both_committees_2019_figures_side_by_side_and_in_total()
    {
        using var province = await factory.SignInAsync("province@demo.local");
        var home = await province.GetAsync(new Uri("/", UriKind.Relative), Token);
        Assert.Equal("/Province", home.Headers.Location?.OriginalString);

        var html = await province.GetStringAsync(new Uri("/Province/Dashboard/2019", UriKind.Relative), Token);
        var organizations = Table(html, "province-organization");
        Assert.Contains("Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng", organizations);
        Assert.Contains("Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng", organizations);
        Assert.Contains("66/68", organizations);
        Assert.Contains("62/66", organizations);
        Assert.Contains("17/62", organizations);
        Assert.Contains("12/12", organizations);
        Assert.Matches(@"Toàn tỉnh.*78/80", Text(Section(html, "province-organization-total")));

        // Every "Xem" form carries its own antiforgery token.
        var forms = Regex.Matches(html, @"<form[^>]*action=""/Province/Committees/\d+""[^>]*>.*?</form>", RegexOptions.Singleline);
        Assert.Equal(6, forms.Count);
        Assert.All(forms, f => Assert.Contains("__RequestVerificationToken", f.Value, StringComparison.Ordinal));

        var summary = await province.GetStringAsync(new Uri("/Province/Summary/2019", UriKind.Relative), Token);
        var total = Text(Section(summary, "province-summary-total"));
        Assert.Contains("78/80 TCCS Đảng được xếp loại", total);
        Assert.Contains("62/66 TCCS Đảng đạt hoàn thành tốt nhiệm vụ trở lên", Text(summary));
        Assert.Contains("Năm 2019, Đảng ủy Khối kết nạp 145 đảng viên mới (đạt 120,8% chỉ tiêu năm)", Text(summary));
    }

    [Fact]
    public async Task The_province_drills_into_one_committee_and_reads_its_pages_but_writes_nothing()
    {
        using var province = await factory.SignInAsync("province@demo.local");
        var second = await CommitteeIdAsync(province, "Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(province, "/Province/Dashboard/2019");
        using var choose = await province.PostAsync(new Uri($"/Province/Committees/{second}", UriKind.Relative), Form(token, ("year", "2019"), ("page", "summary")), Token);
        Assert.Equal(HttpStatusCode.Redirect, choose.StatusCode);
        Assert.Equal("/Reports/Summary/2019", choose.Headers.Location?.OriginalString);

        var report = Text(await province.GetStringAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), Token));
        Assert.Contains("Đang xem: Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng", report);
        Assert.Contains("12/12 TCCS Đảng được xếp loại", report);
        Assert.DoesNotContain("62/66", report);

        var organizations = await province.GetStringAsync(new Uri("/Organizations", UriKind.Relative), Token);
        Assert.Contains("DN01", organizations);
        Assert.DoesNotContain("TCCS02", organizations);

        // Reading only: no entry, no import, no settings, no decision.
        foreach (var path in new[] { "/Periods/2019/Entry/1", "/Import", "/Admin/Settings", "/Organizations/New", "/Audit" })
        {
            using var response = await province.GetAsync(new Uri(path, UriKind.Relative), Token);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
        }

        using var write = await province.PostAsync(new Uri("/Commendations/2019/Decisions", UriKind.Relative), Form(token), Token);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task A_committee_the_province_did_not_choose_or_that_does_not_exist_shows_nothing()
    {
        using var province = await factory.SignInAsync("province@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(province, "/Province/Dashboard/2019");
        using var unknown = await province.PostAsync(new Uri("/Province/Committees/987654", UriKind.Relative), Form(token, ("year", "2019")), Token);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        // Before any choice, a committee page names no committee and lists nothing.
        var page = Text(await province.GetStringAsync(new Uri("/Organizations", UriKind.Relative), Token));
        Assert.Contains("Chọn một đảng bộ ở trang toàn tỉnh", page);
        Assert.DoesNotContain("TCCS02", page);
        Assert.DoesNotContain("DN01", page);
        using var report = await province.GetAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
    }

    [Theory]
    [InlineData("staff@demo.local")]
    [InlineData("leader@demo.local")]
    [InlineData("clerk@demo.local")]
    [InlineData("staff.khoidn@demo.local")]
    public async Task Committee_accounts_cannot_open_the_province_pages(string email)
    {
        using var client = await factory.SignInAsync(email);
        foreach (var path in new[] { "/Province", "/Province/Dashboard/2019", "/Province/Summary/2019" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{email} {path}: {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("staff@demo.local")]
    [InlineData("leader@demo.local")]
    [InlineData("clerk@demo.local")]
    public async Task The_first_committees_accounts_still_find_the_seed_articles_figures(string email)
    {
        using var client = await factory.SignInAsync(email);
        var report = Text(await client.GetStringAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), Token));
        Assert.Contains("62/66 TCCS Đảng đạt hoàn thành tốt nhiệm vụ trở lên", report);
        Assert.DoesNotContain("12/12", report);
        var commendations = Text(await client.GetStringAsync(new Uri("/Commendations/2019", UriKind.Relative), Token));
        Assert.Contains("1-QĐ/ĐUK", commendations);
    }

    [Fact]
    public async Task The_second_committees_staff_see_their_own_committee_only()
    {
        using var staff = await factory.SignInAsync("staff.khoidn@demo.local");
        var organizations = await staff.GetStringAsync(new Uri("/Organizations", UriKind.Relative), Token);
        Assert.Contains("DN01", organizations);
        Assert.DoesNotContain("TCCS02", organizations);
        var report = Text(await staff.GetStringAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), Token));
        Assert.Contains("12/12 TCCS Đảng được xếp loại", report);
        using var open2026 = await staff.GetAsync(new Uri("/Periods/2026", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, open2026.StatusCode);
    }

    private static async Task<int> CommitteeIdAsync(HttpClient province, string name)
    {
        var html = await province.GetStringAsync(new Uri("/Province/Dashboard/2019", UriKind.Relative), Token);
        var row = Regex.Match(html, $"<tr data-committee=\"(\\d+)\">\\s*<th[^>]*>{Regex.Escape(name)}</th>");
        Assert.True(row.Success, $"no row for {name}");
        return int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] values) =>
        new([new("__RequestVerificationToken", token), .. values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value))]);

    private static string Table(string html, string testId)
    {
        var match = Regex.Match(html, $"<table[^>]*data-testid=\"{testId}\"[^>]*>.*?</table>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no table {testId}");
        return Text(match.Value);
    }

    private static string Section(string html, string testId)
    {
        var match = Regex.Match(html, $"<(section|tr)[^>]*data-testid=\"{testId}\"[^>]*>.*?</(section|tr)>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no element {testId}");
        return match.Value;
    }

    private static string Text(string html) => Spaces().Replace(Tags().Replace(WebUtility.HtmlDecode(html), " "), " ");

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
