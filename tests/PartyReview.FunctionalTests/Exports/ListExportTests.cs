using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace PartyReview.FunctionalTests.Exports;

/// <summary>
/// "Tải Excel" / "Tải CSV" on every list page: the file holds what the page shows with its filters (every page of it),
/// with the page's headers, and within the same authorization and Secretary scope as the page.
/// </summary>
public sealed partial class ListExportTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Members_of_one_organization_export_as_many_rows_as_the_page_finds_with_its_headers_and_order()
    {
        using var staff = await factory.SignInAsync("staff@demo.local");
        var list = await staff.GetStringAsync(new Uri("/Members", UriKind.Relative), Cancel);
        var tccs02 = Regex.Match(list, "<option value=\"(\\d+)\"[^>]*>TCCS02 ").Groups[1].Value;
        var page = await staff.GetStringAsync(new Uri($"/Members?organizationId={tccs02}", UriKind.Relative), Cancel);
        var found = Found(page);
        Assert.True(found > 25, "the organization's list runs over more than one page");
        Assert.Contains($"href=\"/Members/Export?organizationId={tccs02}&amp;format=xlsx\"", page, StringComparison.Ordinal);

        var (response, rows) = await XlsxAsync(staff, $"/Members/Export?organizationId={tccs02}&format=xlsx");
        Assert.Equal(XlsxType, response.Content.Headers.ContentType!.MediaType);
        Assert.Matches("^dang-vien-\\d{4}-\\d{2}-\\d{2}\\.xlsx$", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(found, rows.Count);
        Assert.Equal(Headers(page, "members"), rows[0].Keys);
        Assert.Equal(["Mã đảng viên", "Họ và tên", "Ngày sinh", "Ngày kết nạp", "Số thẻ đảng", "Tình trạng", "Tổ chức cơ sở đảng"], rows[0].Keys);
        Assert.All(rows, r => Assert.Equal("Đảng bộ Sở Tài chính", r["Tổ chức cơ sở đảng"]));
        Assert.All(rows, r => Assert.IsType<DateTime>(r["Ngày sinh"]));
        Assert.Equal(PageNames(page), rows.Take(25).Select(r => (string)r["Họ và tên"]!));

        var (csvResponse, csv) = await CsvAsync(staff, $"/Members/Export?organizationId={tccs02}&format=csv");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", csvResponse.Content.Headers.ContentType.CharSet);
        Assert.Matches("^dang-vien-\\d{4}-\\d{2}-\\d{2}\\.csv$", csvResponse.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(rows[0].Keys, csv[0]);
        Assert.Equal(found, csv.Count - 1);
        Assert.Matches("^\\d{2}/\\d{2}/\\d{4}$", csv[1][2]);
    }

    [Fact]
    public async Task The_member_list_at_the_end_of_2019_exports_its_2748_members()
    {
        using var leader = await factory.SignInAsync("leader@demo.local");
        var page = await leader.GetStringAsync(new Uri("/Members?on=2019-12-31", UriKind.Relative), Cancel);
        Assert.Equal(2748, Found(page));

        var (_, rows) = await XlsxAsync(leader, "/Members/Export?on=2019-12-31&format=xlsx");
        Assert.Equal(2748, rows.Count);
        var (_, csv) = await CsvAsync(leader, "/Members/Export?on=2019-12-31&format=csv");
        Assert.Equal(2748, csv.Count - 1);

        var (_, probationary) = await CsvAsync(leader, "/Members/Export?on=2019-12-31&status=Probationary&format=csv");
        Assert.Equal(Found(await leader.GetStringAsync(new Uri("/Members?on=2019-12-31&status=Probationary", UriKind.Relative), Cancel)), probationary.Count - 1);
        Assert.All(probationary.Skip(1), r => Assert.Equal("Dự bị", r[5]));
    }

    [Fact]
    public async Task A_secretary_exports_only_their_organization_whatever_the_link_asks()
    {
        using var secretary = await factory.SignInAsync("secretary@demo.local");
        var page = await secretary.GetStringAsync(new Uri("/Members", UriKind.Relative), Cancel);
        var (_, members) = await CsvAsync(secretary, "/Members/Export?organizationId=1&format=csv");
        Assert.Equal(Found(page), members.Count - 1);
        Assert.All(members.Skip(1), r => Assert.Equal("Đảng bộ Sở Tài chính", r[^1]));

        var (_, organizations) = await XlsxAsync(secretary, "/Organizations/Export?format=xlsx");
        Assert.Equal("TCCS02", Assert.Single(organizations)["Mã"]);

        var (_, overview) = await XlsxAsync(secretary, "/Periods/2026/Export?format=xlsx");
        Assert.Equal("TCCS02", Assert.Single(overview)["Mã"]);

        var (_, movements) = await XlsxAsync(secretary, "/Movements/2019/Export?format=xlsx");
        Assert.Equal("TCCS02", Assert.Single(movements)["Mã"]);

        var (_, probation) = await CsvAsync(secretary, "/Movements/Probation/Export?format=csv");
        Assert.All(probation.Skip(1), r => Assert.StartsWith("TCCS02 ", r[3], StringComparison.Ordinal));

        // Committee-wide lists are refused as their pages are.
        foreach (var url in new[] { "/Reports/Drill/2019/Export?subject=Member&level=Excellent&format=xlsx", "/Commendations/2019/Export?award=ExcellentMember&format=csv" })
        {
            using var refused = await secretary.GetAsync(new Uri(url, UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
    }

    [Fact]
    public async Task Organizations_export_with_counts_as_numbers_and_the_kind_filter()
    {
        using var clerk = await factory.SignInAsync("clerk@demo.local");
        var page = await clerk.GetStringAsync(new Uri("/Organizations?kind=Cell", UriKind.Relative), Cancel);
        var (response, rows) = await XlsxAsync(clerk, "/Organizations/Export?kind=Cell&format=xlsx");
        Assert.Matches("^to-chuc-co-so-dang-\\d{4}-\\d{2}-\\d{2}\\.xlsx$", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(Found(page), rows.Count);
        Assert.All(rows, r => Assert.Equal("Chi bộ cơ sở", r["Loại hình"]));
        Assert.All(rows, r => Assert.IsType<double>(r["Đảng viên"]));
        Assert.All(rows, r => Assert.IsType<DateTime>(r["Ngày thành lập"]));
        Assert.Equal(["Mã", "Tên tổ chức", "Loại hình", "Ngày thành lập", "Ngày giải thể", "Có cấp ủy", "Đảng viên"], rows[0].Keys);
    }

    [Fact]
    public async Task The_period_overview_exports_its_organizations_with_their_progress_and_the_unfinished_filter()
    {
        using var staff = await factory.SignInAsync("staff@demo.local");
        var all = await staff.GetStringAsync(new Uri("/Periods/2026", UriKind.Relative), Cancel);
        var unfinished = await staff.GetStringAsync(new Uri("/Periods/2026?unfinished=true", UriKind.Relative), Cancel);
        Assert.Contains("href=\"/Periods/2026/Export?unfinished=true&amp;format=csv\"", unfinished, StringComparison.Ordinal);

        var (response, rows) = await XlsxAsync(staff, "/Periods/2026/Export?format=xlsx");
        Assert.Matches("^tien-do-ky-danh-gia-2026-\\d{4}-\\d{2}-\\d{2}\\.xlsx$", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(25, OrganizationRows(all));
        Assert.Equal(76, rows.Count);
        Assert.Equal(["Mã", "Tổ chức cơ sở đảng", "Trạng thái nhập", "Đảng viên có kết quả", "Số đảng viên", "Tổ chức", "Điểm", "Tập thể lãnh đạo",
            "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Cảnh báo", "Lưu lần cuối", "Thời điểm lưu"], rows[0].Keys);
        var entered = rows.Where(r => (string?)r["Lưu lần cuối"] == "staff@demo.local").ToList();
        Assert.NotEmpty(entered);
        Assert.All(entered, r => Assert.IsType<DateTime>(r["Thời điểm lưu"]));
        // Under Quy định 366 the score shown is the decided one: sheets still at self-assessment or proposal have none yet.
        var decided = entered.Where(r => r["Tổ chức"] is string level && level.Length > 0).ToList();
        Assert.NotEmpty(decided);
        Assert.All(decided, r => Assert.IsType<double>(r["Điểm"]));

        var (_, open) = await CsvAsync(staff, "/Periods/2026/Export?unfinished=true&format=csv");
        Assert.Equal(Found(unfinished), open.Count - 1);
        Assert.Contains(open, r => r[0] == "TCCS02");

        using var missing = await staff.GetAsync(new Uri("/Periods/1999/Export?format=xlsx", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_movements_of_2019_export_one_row_per_organization_and_the_committee_row()
    {
        using var leader = await factory.SignInAsync("leader@demo.local");
        var page = await leader.GetStringAsync(new Uri("/Movements/2019", UriKind.Relative), Cancel);
        var organizations = Found(page);
        Assert.True(organizations > 25, "the table runs over more than one page");

        var (response, rows) = await XlsxAsync(leader, "/Movements/2019/Export?format=xlsx");
        Assert.Matches("^bien-dong-dang-vien-2019-\\d{4}-\\d{2}-\\d{2}\\.xlsx$", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(organizations + 1, rows.Count);
        var committee = rows[^1];
        Assert.Equal("Toàn Đảng bộ", committee["Tổ chức cơ sở đảng"]);
        Assert.Equal(145d, committee["Kết nạp"]);
        Assert.Equal(120d, committee["Chỉ tiêu"]);
        Assert.Equal(2748d, committee["Cuối năm"]);
        Assert.Equal(145d, rows.SkipLast(1).Sum(r => (double)r["Kết nạp"]!));
    }

    [Fact]
    public async Task The_probation_list_exports_both_of_its_tables()
    {
        using var staff = await factory.SignInAsync("staff@demo.local");
        var page = await staff.GetStringAsync(new Uri("/Movements/Probation", UriKind.Relative), Cancel);
        var counts = Regex.Matches(page, "<span class=\"badge text-bg-secondary\">(\\d+)</span>").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var (response, rows) = await XlsxAsync(staff, "/Movements/Probation/Export?format=xlsx");
        Assert.Matches("^dang-vien-du-bi-den-han-\\d{4}-\\d{2}-\\d{2}\\.xlsx$", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(counts.Sum(), rows.Count);
        Assert.Equal(counts[0], rows.Count(r => (string?)r["Nhóm"] == "Đã hết 12 tháng, chờ quyết định"));
        Assert.All(rows, r => Assert.IsType<DateTime>(r["Hạn ra quyết định"]));
    }

    [Fact]
    public async Task A_drill_down_exports_every_page_of_its_list_numbered_as_on_screen()
    {
        using var leader = await factory.SignInAsync("leader@demo.local");
        var page = await leader.GetStringAsync(new Uri("/Reports/Drill/2019?subject=Member&level=Excellent&page=2", UriKind.Relative), Cancel);
        Assert.Contains("<strong>386</strong>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/Reports/Drill/2019/Export?subject=Member&amp;level=Excellent&amp;format=xlsx\"", page, StringComparison.Ordinal);

        var (response, rows) = await XlsxAsync(leader, "/Reports/Drill/2019/Export?subject=Member&level=Excellent&format=xlsx");
        Assert.Matches("^dang-vien-hoan-thanh-xuat-sac-nhiem-vu-2019-\\d{4}-\\d{2}-\\d{2}\\.xlsx$", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(386, rows.Count);
        Assert.Equal(Headers(page, "drill-table"), rows[0].Keys);
        Assert.Equal(Enumerable.Range(1, 386).Select(n => (double)n), rows.Select(r => (double)r["STT"]!));
        Assert.All(rows, r => Assert.Equal("Hoàn thành xuất sắc nhiệm vụ", r["Kết quả"]));

        var (_, organizations) = await CsvAsync(leader, "/Reports/Drill/2019/Export?subject=Organizations&level=Excellent&format=csv");
        Assert.Equal(17, organizations.Count - 1);

        using var unknown = await leader.GetAsync(new Uri("/Reports/Drill/2019/Export?subject=Planet&format=xlsx", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_commendation_list_exports_its_candidates()
    {
        using var leader = await factory.SignInAsync("leader@demo.local");
        var (response, rows) = await XlsxAsync(leader, "/Commendations/2019/Export?award=ExcellentMemberConsecutiveYears&format=xlsx");
        Assert.Matches("^khen-thuong-2019-dang-vien-htxsnv-nhieu-nam-lien-\\d{4}-\\d{2}-\\d{2}\\.xlsx$", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Equal("Hoàn thành xuất sắc nhiệm vụ 5 năm liền: 2015, 2016, 2017, 2018, 2019", r["Căn cứ"]));

        var (_, organizations) = await CsvAsync(leader, "/Commendations/2019/Export?award=ExemplaryOrganization&format=csv");
        Assert.Equal(["STT", "Tên", "Chức vụ – đơn vị", "Căn cứ", "Đã khen theo"], organizations[0]);
        Assert.Equal(17, organizations.Count - 1);
    }

    [Fact]
    public async Task The_audit_log_exports_through_the_same_exporter_in_both_formats()
    {
        using var staff = await factory.SignInAsync("staff@demo.local");
        var (response, rows) = await XlsxAsync(staff, "/Audit/Export?category=signins");
        Assert.Matches("^nhat-ky-\\d{4}-\\d{2}-\\d{2}\\.xlsx$", response.Content.Headers.ContentDisposition!.FileName);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.IsType<DateTime>(r["Thời gian"]));
        Assert.All(rows, r => Assert.Equal("Đăng nhập", r["Loại"]));

        var (_, csv) = await CsvAsync(staff, "/Audit/Export?category=signins&format=csv");
        Assert.Equal(["Thời gian", "Người thực hiện", "Loại", "Đối tượng", "Năm", "Nội dung", "Giá trị cũ", "Giá trị mới", "Nguồn"], csv[0]);
        Assert.Equal(rows.Count, csv.Count - 1);

        using var leader = await factory.SignInAsync("leader@demo.local");
        using var refused = await leader.GetAsync(new Uri("/Audit/Export?format=csv", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task An_unknown_format_is_not_found_and_an_anonymous_user_is_sent_to_sign_in()
    {
        using var staff = await factory.SignInAsync("staff@demo.local");
        using var unknown = await staff.GetAsync(new Uri("/Members/Export?format=pdf", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var anonymous = factory.CreateBrowserLikeClient();
        using var refused = await anonymous.GetAsync(new Uri("/Members/Export?format=csv", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/Login", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(HttpResponseMessage Response, List<IDictionary<string, object?>> Rows)> XlsxAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XlsxType, response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel));
        return (response, [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()]);
    }

    private static async Task<(HttpResponseMessage Response, List<string[]> Rows)> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return (response, ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)));
    }

    /// <summary>RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold both and doubled quotes.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(fields);
        Assert.Equal(0, field.Length);
        return records;
    }

    /// <summary>"Tìm thấy 2.748" → 2748.</summary>
    private static int Found(string html) =>
        int.Parse(FoundPattern().Match(html).Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    private static string Table(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {testId}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static List<string> Headers(string html, string testId) =>
        [.. Regex.Matches(Table(html, testId), "<th scope=\"col\"[^>]*>([^<]+)</th>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value.Trim()))];

    private static List<string> PageNames(string html) =>
        [.. Regex.Matches(Table(html, "members"), "<a href=\"/Members/\\d+\">([^<]+)</a>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static int OrganizationRows(string html) => Regex.Count(Table(html, "overview-table"), "<tr data-organization=");

    [GeneratedRegex("Tìm thấy ([0-9.]+)")]
    private static partial Regex FoundPattern();
}
