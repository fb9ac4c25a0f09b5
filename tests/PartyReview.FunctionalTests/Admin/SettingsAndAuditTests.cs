using System.Net;
using MiniExcelLibs;
using static PartyReview.FunctionalTests.Admin.AdminSteps;

namespace PartyReview.FunctionalTests.Admin;

/// <summary>The committee settings feed the reports and the opening of a period; the audit log lists and exports every change.</summary>
public sealed class SettingsAndAuditTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static (string, string)[] Settings(string shortName, string quota) =>
    [
        ("Form.Name", "Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng"), ("Form.ShortName", shortName),
        ("Form.UpperBodyName", "Đảng bộ tỉnh Lâm Đồng"), ("Form.Place", "Đà Lạt"), ("Form.DocumentSymbol", "ĐUK"),
        ("Form.TermStartYear", "2020"), ("Form.DefaultSigner", "Phạm Văn Thắng"), ("Form.DefaultSignerTitle", "BÍ THƯ"),
        ("Form.DefaultExcellenceQuotaPercent", quota),
    ];

    /// <summary>The committee's version the settings form carries (its hidden <c>Form.Version</c>).</summary>
    private static string VersionIn(string page)
    {
        var input = System.Text.RegularExpressions.Regex.Match(page, "<input[^>]*name=\"Form.Version\"[^>]*>");
        var value = System.Text.RegularExpressions.Regex.Match(input.Value, "value=\"(\\d+)\"");
        Assert.True(value.Success, "The settings form carries no version");
        return value.Groups[1].Value;
    }

    [Fact]
    public async Task Saved_settings_are_used_by_the_report_and_the_next_period_and_audited()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        var page = await admin.GetStringAsync(new Uri("/Admin/Settings", UriKind.Relative), Cancel);
        Assert.Contains("Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng", page, StringComparison.Ordinal);
        Assert.Contains("Trong sạch vững mạnh tiêu biểu", page, StringComparison.Ordinal);

        using var saved = await PostAsync(admin, "/Admin/Settings", "/Admin/Settings", [.. Settings("Đảng ủy Khối CQ tỉnh", "15"), ("Form.Version", VersionIn(page))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var summary = await admin.GetStringAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), Cancel);
        Assert.Contains("Năm 2019, Đảng ủy Khối CQ tỉnh kết nạp", summary, StringComparison.Ordinal);
        var periods = await admin.GetStringAsync(new Uri("/Periods", UriKind.Relative), Cancel);
        Assert.Matches("name=\"NewPeriod.ExcellenceQuotaPercent\"[^>]*value=\"15\"", periods);

        var log = await admin.GetStringAsync(new Uri("/Audit?category=settings", UriKind.Relative), Cancel);
        Assert.Contains("Đảng ủy Khối → <strong>Đảng ủy Khối CQ tỉnh</strong>", log, StringComparison.Ordinal);
        Assert.Contains("Lâm Đồng → <strong>Đà Lạt</strong>", log, StringComparison.Ordinal);
        Assert.Contains("20 → <strong>15</strong>", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_settings_explain_what_is_wrong()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        var page = await admin.GetStringAsync(new Uri("/Admin/Settings", UriKind.Relative), Cancel);
        using var response = await PostAsync(admin, "/Admin/Settings", "/Admin/Settings", [.. Settings("", "150"), ("Form.Version", VersionIn(page))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Vui lòng nhập Tên gọi tắt.", html, StringComparison.Ordinal);
        Assert.Contains("phải từ 0 đến 100", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_is_filtered_paged_and_exported_to_Excel()
    {
        using (var client = factory.CreateBrowserLikeClient())
        {
            for (var attempt = 0; attempt < PartyReview.Web.Infrastructure.Paging.DefaultPageSize + 1; attempt++)
            {
                (await PartyReviewFactory.PostLoginAsync(client, "nobody@example.org", $"Sai-mat-khau-{attempt}")).Dispose();
            }
        }

        using var staff = await factory.SignInAsync("staff@demo.local");
        var failures = await staff.GetStringAsync(new Uri("/Audit?category=signin-failures", UriKind.Relative), Cancel);
        Assert.Contains("nobody@example.org", failures, StringComparison.Ordinal);
        Assert.Contains("không có tài khoản với thư điện tử này", failures, StringComparison.Ordinal);
        Assert.DoesNotContain("HTXSNV", failures, StringComparison.Ordinal);

        // 26 failures: two pages of 25; the second holds the oldest.
        var second = await staff.GetStringAsync(new Uri("/Audit?category=signin-failures&user=nobody&page=2", UriKind.Relative), Cancel);
        Assert.Contains("aria-current=\"page\">2<", second, StringComparison.Ordinal);
        Assert.Contains("Tìm thấy 26", second, StringComparison.Ordinal);

        using var export = await staff.GetAsync(new Uri("/Audit/Export?category=signin-failures", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync(Cancel));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["Người thực hiện"] == "nobody@example.org" && (string)r["Nội dung"] == "Đăng nhập thất bại");
        Assert.All(rows, r => Assert.Equal("Đăng nhập", r["Loại"]));
    }
}
