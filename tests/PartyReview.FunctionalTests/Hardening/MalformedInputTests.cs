using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Import;

namespace PartyReview.FunctionalTests.Hardening;

/// <summary>
/// The malformed-input table (#15) through the real pipeline: each bad input (the import's refusals, an oversized form,
/// impossible dates, negative and huge numbers, a script in a name) gets a clear Vietnamese answer, and nothing is
/// written: no row, no audit line, nothing of the upload left in the database. A script in a name is stored as
/// text and rendered encoded. The import's per-case refusals are in the integration tests (MalformedImportTests,
/// ImportLimitsTests); this table holds them at the HTTP boundary.
/// </summary>
public sealed class MalformedInputTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private const string MembersHeader = "Mã đảng viên,Họ và tên,Giới tính,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Số thẻ đảng viên,Mã tổ chức";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static byte[] MembersWorkbook(Action<SpreadsheetDocument>? change = null) => ImportWorkbooks.MembersWorkbook(change);

    private static byte[] ZipBomb() => ImportWorkbooks.ZipBomb(entries: 3, megabytes: 40);

    private static byte[] LongCellReference() => MembersWorkbook(document =>
    {
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        sheet.Descendants<Cell>().First(c => c.CellReference == "B2").CellReference = "XFDXFDXFD2";
        sheet.Save();
    });

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static TheoryData<string, string, string> RefusedFiles() => new()
    {
        { "bom.xlsx", Convert.ToBase64String(ZipBomb()), "Tệp .xlsx khi giải nén lên tới 120 MB, quá giới hạn 100 MB" },
        { "o-xa.xlsx", Convert.ToBase64String(LongCellReference()), "Ô «XFDXFDXFD2» của trang «Đảng viên» có địa chỉ ngoài phạm vi một trang tính" },
        { "hong.xlsx", Convert.ToBase64String([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), "Tệp .xlsx bị hỏng hoặc không đọc được" },
        { "trong.csv", "", "Tệp rỗng" },
        { "la.csv", Convert.ToBase64String(Utf8("Cột lạ,Khác\n1,2\n")), "không phải dòng tiêu đề của mẫu nhập" },
        { "cong-thuc.csv", Convert.ToBase64String(Utf8(MembersHeader + "\nX1,=HYPERLINK(\"x\"),Nam,01/01/1980,01/01/2010,,,TCCS01\n")), "là công thức" },
        { "lon.csv", Convert.ToBase64String(Utf8(MembersHeader + "\n" + new string(' ', 11 * 1024 * 1024))), "lớn hơn giới hạn" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_refused_import_file_gets_a_Vietnamese_reason_and_leaves_nothing(string name, string base64, string expected)
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        var before = await CountsAsync();
        var kept = await UploadsAsync();
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Convert.FromBase64String(base64));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        form.Add(new StringContent(token), "__RequestVerificationToken");

        using var response = await client.PostAsync(new Uri("/Import", UriKind.Relative), form, Token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token));
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(kept, await UploadsAsync());
    }

    public static TheoryData<string, string, string> RefusedRows() => new()
    {
        { "diem-am", "2019,Đảng viên,TCCS01,DV00001,HTTNV,-5", "điểm phải từ 0 đến 100" },
        { "diem-lon", "2019,Đảng viên,TCCS01,DV00001,HTTNV,1e9", "Điểm" },
        { "ngay-sai", "", "ngày không hợp lệ «31/02/2026»" },
    };

    [Theory]
    [MemberData(nameof(RefusedRows))]
    public async Task A_row_with_a_bad_number_or_an_impossible_date_is_refused_in_Vietnamese_and_nothing_is_written(string name, string row, string expected)
    {
        var csv = row.Length > 0
            ? "Năm,Đối tượng,Mã tổ chức,Mã đảng viên,Xếp loại,Điểm\n" + row + "\n"
            : MembersHeader + "\nMOI31,Trần Thị Hai,Nữ,31/02/2026,01/02/2010,,,TCCS01\n";
        using var client = await factory.SignInAsync("staff@demo.local");
        var before = await CountsAsync();
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Import");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Utf8(csv)), "file", name + ".csv");
        form.Add(new StringContent(token), "__RequestVerificationToken");

        using var uploaded = await client.PostAsync(new Uri("/Import", UriKind.Relative), form, Token);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(uploaded.Headers.Location!, Token));
        Assert.Contains("data-testid=\"import-has-errors\"", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"import-confirm\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
        Assert.DoesNotContain(await UploadsAsync(), u => u.HasFile);
    }

    private static Dictionary<string, string> NewMember(string code, string fullName, string birthDate, string token) => new()
    {
        ["Member.MemberCode"] = code,
        ["Member.FullName"] = fullName,
        ["Member.Gender"] = "Female",
        ["Member.BirthDate"] = birthDate,
        ["Member.EntryKind"] = "TransferredIn",
        ["Member.AdmittedOn"] = "2020-05-01",
        ["Member.ReceivedOn"] = "2026-03-02",
        ["Member.OfficialOn"] = "2021-05-01",
        ["Member.OrganizationId"] = "1",
        ["__RequestVerificationToken"] = token,
    };

    [Theory]
    [InlineData("2026-02-31", "Giá trị '2026-02-31' không hợp lệ cho")]
    [InlineData("31/02/2026", "Giá trị '31/02/2026' không hợp lệ cho")]
    [InlineData("99999-01-01", "không hợp lệ cho")]
    public async Task A_member_form_with_an_impossible_date_is_refused_in_Vietnamese_and_nothing_is_written(string birthDate, string expected)
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        var before = await CountsAsync();
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Members/New");
        using var form = new FormUrlEncodedContent(NewMember("DV99997", "Lê Thị Thu", birthDate, token));

        using var response = await client.PostAsync(new Uri("/Members/New", UriKind.Relative), form, Token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_oversized_form_post_is_refused_without_a_500_and_nothing_is_written()
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        var before = await CountsAsync();
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Members/New");
        using var form = new FormUrlEncodedContent(NewMember("DV99996", new string('a', 5 * 1024 * 1024), "1990-05-01", token));

        using var response = await client.PostAsync(new Uri("/Members/New", UriKind.Relative), form, Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token));
        Assert.Contains("Yêu cầu không hợp lệ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_script_in_a_member_s_name_is_stored_as_text_and_rendered_encoded()
    {
        const string name = "<script>alert('x')</script> Lê Thị Thu";
        using var client = await factory.SignInAsync("staff@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Members/New");
        using var form = new FormUrlEncodedContent(NewMember("DV99995", name, "1990-05-01", token));
        using var response = await client.PostAsync(new Uri("/Members/New", UriKind.Relative), form, Token);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
            Assert.Equal(name, await db.Members.Where(m => m.MemberCode == "DV99995").Select(m => m.FullName).SingleAsync(Token));
        }

        foreach (var page in new[] { "/Members?q=DV99995", response.Headers.Location!.OriginalString })
        {
            var html = await client.GetStringAsync(new Uri(page, UriKind.Relative), Token);
            Assert.DoesNotContain("<script>alert(", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        }
    }

    /// <summary>The uploads waiting in the database, and whether each still keeps its file.</summary>
    private async Task<List<(string Id, bool HasFile)>> UploadsAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        return [.. (await db.PendingImports.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, HasFile = p.Content != null }).ToListAsync(Token)).Select(p => (p.Id, p.HasFile))];
    }

    private async Task<(int Members, int Reviews, int Audits)> CountsAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        return (await db.Members.CountAsync(Token), await db.MemberReviews.CountAsync(Token), await db.AuditEntries.CountAsync(a => a.EntityType != "SignIn" && a.EntityType != "AppUser", Token));
    }
}
