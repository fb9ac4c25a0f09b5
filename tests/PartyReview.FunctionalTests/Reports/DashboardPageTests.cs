using System.Net;
using System.Text.RegularExpressions;

namespace PartyReview.FunctionalTests.Reports;

/// <summary>The dashboard, drill-down, comparison and the report's versions and downloads, through HTTP, per role.</summary>
public sealed partial class DashboardPageTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_2019_dashboard_shows_the_key_figures_with_denominators_and_drills_down()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        var html = await client.GetStringAsync(new Uri("/Reports/Dashboard/2019", UriKind.Relative), Token);
        Assert.Contains("62/66", html, StringComparison.Ordinal);
        Assert.Contains("2.662/2.748", html, StringComparison.Ordinal);
        Assert.Contains("145/120", html, StringComparison.Ordinal);
        Assert.Contains("So với năm 2018", html, StringComparison.Ordinal);
        Assert.Contains("/Reports/Drill/2019?subject=Organization&amp;level=Excellent", html, StringComparison.Ordinal);
        Assert.Contains("chart.umd.min.js", html, StringComparison.Ordinal);

        var drill = await client.GetStringAsync(new Uri("/Reports/Drill/2019?subject=Organizations&level=Excellent", UriKind.Relative), Token);
        Assert.Equal(17, RowCount(drill));
        var members = await client.GetStringAsync(new Uri("/Reports/Drill/2019?subject=Members&level=NotComplete", UriKind.Relative), Token);
        Assert.Equal(6, RowCount(members));
    }

    [Fact]
    public async Task The_organization_table_is_paged_searched_and_sorted_by_the_server_and_its_export_holds_every_organization()
    {
        using var client = await factory.SignInAsync("leader@demo.local");

        // 2019 reviews 68 organizations: 25 a page, by code.
        var first = await client.GetStringAsync(new Uri("/Reports/Dashboard/2019", UriKind.Relative), Token);
        Assert.Equal([.. Enumerable.Range(1, 25).Select(i => $"TCCS{i:00}")], OrganizationCodes(first));
        Assert.Contains("Tìm thấy 68", first, StringComparison.Ordinal);
        Assert.Contains("href=\"?page=2#organizations\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("TCCS26", first, StringComparison.Ordinal);
        Assert.Contains("62/66", first, StringComparison.Ordinal);

        var third = await client.GetStringAsync(new Uri("/Reports/Dashboard/2019?page=3", UriKind.Relative), Token);
        Assert.Equal([.. Enumerable.Range(51, 18).Select(i => $"TCCS{i:00}")], OrganizationCodes(third));
        Assert.DoesNotContain("TCCS25", third, StringComparison.Ordinal);
        Assert.Contains("62/66", third, StringComparison.Ordinal);

        // Sorting orders the whole list, not only a page: the most members first, the heading marked.
        var byMembers = await client.GetStringAsync(new Uri("/Reports/Dashboard/2019?sort=Members&dir=desc", UriKind.Relative), Token);
        Assert.Contains("aria-sort=\"descending\"><a class=\"sort-link\" href=\"?sort=Members#organizations\"", byMembers, StringComparison.Ordinal);
        var counts = MemberCounts(byMembers);
        Assert.Equal(25, counts.Count);
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        var all = await XlsxAsync(client, "/Reports/Dashboard/2019/Export?sort=Members&dir=desc&format=xlsx");
        Assert.Equal(counts, all.Take(25).Select(r => Convert.ToInt32(r["Đảng viên"], System.Globalization.CultureInfo.InvariantCulture)));

        // A search narrows the list in the database; the figures above it stay the committee's.
        var found = await client.GetStringAsync(new Uri("/Reports/Dashboard/2019?q=tccs0", UriKind.Relative), Token);
        Assert.Equal([.. Enumerable.Range(1, 9).Select(i => $"TCCS{i:00}")], OrganizationCodes(found));
        Assert.Contains("62/66", found, StringComparison.Ordinal);

        // The export holds every page: 68 organizations and the members they count.
        Assert.Contains("href=\"/Reports/Dashboard/2019/Export?format=xlsx\"", first, StringComparison.Ordinal);
        var rows = await XlsxAsync(client, "/Reports/Dashboard/2019/Export?format=xlsx");
        Assert.Equal([.. Enumerable.Range(1, 68).Select(i => $"TCCS{i:00}")], rows.Select(r => (string)r["Mã"]!));
        Assert.Equal(2748, rows.Sum(r => Convert.ToInt32(r["Đảng viên"], System.Globalization.CultureInfo.InvariantCulture)));
        using var csv = await client.GetAsync(new Uri("/Reports/Dashboard/2019/Export?q=tccs0&format=csv", UriKind.Relative), Token);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1 + 9, (await csv.Content.ReadAsStringAsync(Token)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("/Reports/Drill/2019?subject=Nobody&level=Excellent")]
    [InlineData("/Reports/Drill/2019?subject=Member&level=Best")]
    [InlineData("/Reports/Drill/2010?subject=Member&level=Excellent")]
    [InlineData("/Reports/Dashboard/2010")]
    [InlineData("/Reports/Compare?from=2010&to=2019")]
    public async Task Unknown_subjects_levels_and_years_are_a_friendly_not_found(string path)
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/Reports/Dashboard")]
    [InlineData("/Reports/Drill/2019?subject=Member&level=Excellent")]
    [InlineData("/Reports/Compare?from=2018&to=2019")]
    [InlineData("/Reports/Summary/2019/Word")]
    [InlineData("/Reports/Summary/2019/Excel")]
    public async Task A_secretary_is_refused_committee_wide_reports(string path)
    {
        using var client = await factory.SignInAsync("secretary@demo.local");
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_comparison_shows_counts_and_percentage_points()
    {
        using var client = await factory.SignInAsync("clerk@demo.local");
        var html = await client.GetStringAsync(new Uri("/Reports/Compare?from=2018&to=2019", UriKind.Relative), Token);
        Assert.Contains("So sánh kết quả hai năm 2018 – 2019", html, StringComparison.Ordinal);
        Assert.Contains("Chênh lệch tỷ lệ (điểm %)", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"compare-Member\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_downloads_as_Word_and_Excel()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        using var word = await client.GetAsync(new Uri("/Reports/Summary/2019/Word", UriKind.Relative), Token);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bao-cao-xep-loai-2019.docx", word.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var excel = await client.GetAsync(new Uri("/Reports/Summary/2019/Excel", UriKind.Relative), Token);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Staff_save_the_edited_report_as_a_version_and_a_leader_may_not()
    {
        using (var leader = await factory.SignInAsync("leader@demo.local"))
        {
            var page = await leader.GetStringAsync(new Uri("/Reports/Summary/2018", UriKind.Relative), Token);
            Assert.DoesNotContain("data-testid=\"report-form\"", page, StringComparison.Ordinal);
            using var refused = await PostVersionAsync(leader, 2018, "Báo cáo của lãnh đạo");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var staff = await factory.SignInAsync("staff@demo.local");
        using var saved = await PostVersionAsync(staff, 2018, "Báo cáo tổng kết năm 2018 đã chỉnh sửa.\n\nĐoạn thứ hai.");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var html = await staff.GetStringAsync(new Uri("/Reports/Summary/2018", UriKind.Relative), Token);
        Assert.Contains("Đã lưu báo cáo, bản 1.", html, StringComparison.Ordinal);
        Assert.Contains("Báo cáo tổng kết năm 2018 đã chỉnh sửa.", html, StringComparison.Ordinal);
        Assert.Contains("Bản nháp tạo từ số liệu", html, StringComparison.Ordinal);
        Assert.Contains("staff@demo.local", html, StringComparison.Ordinal);

        using var empty = await PostVersionAsync(staff, 2018, " ");
        var after = await staff.GetStringAsync(new Uri("/Reports/Summary/2018", UriKind.Relative), Token);
        Assert.Contains("Nội dung báo cáo không được để trống.", after, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostVersionAsync(HttpClient client, int year, string text)
    {
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, $"/Reports/Summary/{year}");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["reportText"] = text, ["__RequestVerificationToken"] = token });
        return await client.PostAsync(new Uri($"/Reports/Summary/{year}/Versions", UriKind.Relative), form, Token);
    }

    private static List<string> OrganizationCodes(string html) =>
        [.. OrganizationRow().Matches(html).Select(m => m.Groups[1].Value)];

    private static List<int> MemberCounts(string html) =>
        [.. MemberCount().Matches(html).Select(m => int.Parse(m.Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>An .xlsx download's rows, by the headers of its first row.</summary>
    private static async Task<List<IDictionary<string, object?>>> XlsxAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Token));
        return [.. MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    [GeneratedRegex("<tr data-organization=\"([^\"]+)\">")]
    private static partial Regex OrganizationRow();

    [GeneratedRegex("<tr data-organization=\"[^\"]+\">(?:(?!</tr>).)*?<td class=\"text-end\"><a [^>]*>([\\d.]+)</a>", RegexOptions.Singleline)]
    private static partial Regex MemberCount();

    private static int RowCount(string html)
    {
        var body = TableBody().Match(html);
        Assert.True(body.Success, "no drill-down table");
        return Row().Count(body.Groups[1].Value);
    }

    [GeneratedRegex("data-testid=\"drill-table\".*?<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex TableBody();

    [GeneratedRegex("<tr>")]
    private static partial Regex Row();
}
