using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace PartyReview.FunctionalTests.Import;

/// <summary>The import pages through the real pipeline: who may use them, antiforgery, upload → dry run → confirm, templates and export.</summary>
public sealed class ImportPageTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static MultipartFormDataContent Upload(string csv, string name, string? token)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        if (token is not null)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        return form;
    }

    [Theory]
    [InlineData("leader@demo.local")]
    [InlineData("clerk@demo.local")]
    [InlineData("secretary@demo.local")]
    public async Task Only_admin_and_staff_reach_import_and_export(string email)
    {
        using var client = await factory.SignInAsync(email);
        foreach (var url in new[] { "/Import", "/Import/Export", "/Import/Template/Members" })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Token);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused()
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        using var form = Upload("Năm,Chỉ tiêu\n2026,10\n", "chi-tieu.csv", null);
        using var response = await client.PostAsync(new Uri("/Import", UriKind.Relative), form, Token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Staff_upload_a_file_read_the_dry_run_and_confirm_it()
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Import");
        using var form = Upload("Năm;Mã tổ chức;Chỉ tiêu\n2027;;130\n2027;TCCS02;4\n", "chi-tieu.csv", token);
        using var uploaded = await client.PostAsync(new Uri("/Import", UriKind.Relative), form, Token);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var preview = uploaded.Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(new Uri(preview, UriKind.Relative), Token);
        Assert.Contains("data-testid=\"import-ready\"", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "data-status=\"New\""));

        var confirmToken = await PartyReviewFactory.AntiforgeryTokenAsync(client, preview);
        using var confirm = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = confirmToken });
        using var confirmed = await client.PostAsync(new Uri(preview + "/Confirm", UriKind.Relative), confirm, Token);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var done = await client.GetStringAsync(new Uri(preview, UriKind.Relative), Token);
        Assert.Contains("data-testid=\"import-done\"", done, StringComparison.Ordinal);

        // Another user cannot open or confirm it.
        using var other = await factory.SignInAsync("admin@demo.local");
        using var foreign = await other.GetAsync(new Uri(preview, UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task An_upload_redirects_to_the_preview_s_own_address_which_reloads_with_the_spellings_read()
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Import");
        using var form = Upload(
            "Năm,Đối tượng,Mã tổ chức,Mã đảng viên,Xếp loại,Điểm,Lý do không xếp loại,Kỷ luật,Tự khắc phục,Nghỉ ốm từ 3 tháng,Giải trình vượt tỷ lệ,Ghi chú\n" +
            "2026,Tổ chức,TCCS01,,HTT,,,,,,,\n2026,Tổ chức,TCCS02,,Tốt,,,,,,,\n2026,tổ chức,TCCS03,,tốt,,,,,,,\n", "ket-qua.csv", token);

        using var uploaded = await client.PostAsync(new Uri("/Import", UriKind.Relative), form, Token);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var preview = uploaded.Headers.Location!.OriginalString;
        Assert.Matches("^/Import/[0-9a-f]{32}$", preview);
        foreach (var _ in new[] { "first", "reload" })
        {
            var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(preview, UriKind.Relative), Token));
            Assert.Contains("data-testid=\"import-ready\"", html, StringComparison.Ordinal);
            Assert.Contains("data-testid=\"import-spellings\"", html, StringComparison.Ordinal);
            Assert.Contains("«Tốt» → Hoàn thành tốt nhiệm vụ: 2 dòng", html, StringComparison.Ordinal);
            Assert.Contains("«HTT» → Hoàn thành tốt nhiệm vụ: 1 dòng", html, StringComparison.Ordinal);
            Assert.DoesNotContain("«tổ chức»", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_refused_file_shows_the_reason_and_no_stack_trace()
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Import");
        using var form = Upload("Cột lạ,Khác\n1,2\n", "la.csv", token);
        using var response = await client.PostAsync(new Uri("/Import", UriKind.Relative), form, Token);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Token);
        Assert.Contains("không phải dòng tiêu đề của mẫu nhập", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_the_rules_refuse_shows_the_rules_message_in_the_preview_in_Vietnamese_and_in_English()
    {
        const string file =
            "Năm,Đối tượng,Mã tổ chức,Mã đảng viên,Bước,Xếp loại,Điểm tiêu chí chung,Điểm kết quả thực hiện nhiệm vụ,Nhiệm vụ đúng hạn (%),Nhiệm vụ vượt (%),Khắc phục hạn chế (%),Kỷ luật\n" +
            "2026,Đảng viên,TCCS01,DV00001,Quyết định,HTXSNV,28,67,100,40,100,Khiển trách\n" +
            "2026,Đảng viên,TCCS01,DV00002,Đề xuất,HTXSNV,27,65,100,25,100,\n";
        using var client = await factory.SignInAsync("staff@demo.local");
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Import");
        using (var form = Upload(file, "ket-qua.csv", token))
        {
            using var uploaded = await client.PostAsync(new Uri("/Import", UriKind.Relative), form, Token);
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
            var html = WebUtility.HtmlDecode(await client.GetStringAsync(uploaded.Headers.Location!, Token));
            Assert.Contains("Đảng viên bị kỷ luật trong năm: phải xếp loại không hoàn thành nhiệm vụ.", html, StringComparison.Ordinal);
            Assert.Contains("Không thể xếp HTXSNV: điểm và điều kiện chỉ đạt HTTNV.", html, StringComparison.Ordinal);
        }

        var cultureToken = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Import");
        using (var culture = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-US", ["returnUrl"] = "/Import", ["__RequestVerificationToken"] = cultureToken,
        }))
        {
            using var set = await client.PostAsync(new Uri("/Culture/Set", UriKind.Relative), culture, Token);
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Import");
        using var english = Upload(file, "ket-qua.csv", token);
        using var again = await client.PostAsync(new Uri("/Import", UriKind.Relative), english, Token);
        var preview = WebUtility.HtmlDecode(await client.GetStringAsync(again.Headers.Location!, Token));
        Assert.Contains("Member disciplined during the year: must be rated Not complete (KHTNV).", preview, StringComparison.Ordinal);
        Assert.Contains("Cannot rate HTXSNV: the score and conditions reach only HTTNV.", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Reviews.Finding.", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_English_the_refusals_and_the_row_outcomes_are_English()
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        var cultureToken = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Import");
        using (var culture = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-US", ["returnUrl"] = "/Import", ["__RequestVerificationToken"] = cultureToken,
        }))
        {
            using var set = await client.PostAsync(new Uri("/Culture/Set", UriKind.Relative), culture, Token);
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Import");
        using (var refused = Upload("Cột lạ,Khác\n1,2\n", "la.csv", token))
        {
            using var response = await client.PostAsync(new Uri("/Import", UriKind.Relative), refused, Token);
            var html = await response.Content.ReadAsStringAsync(Token);
            Assert.Contains("is not the header row of an import template", html, StringComparison.Ordinal);
            Assert.DoesNotContain("không phải dòng tiêu đề", html, StringComparison.Ordinal);
        }

        using var form = Upload("Năm;Mã tổ chức;Chỉ tiêu\n2027;TCCS02;4\n2027;TCCS02;5\n", "chi-tieu.csv", token);
        using var uploaded = await client.PostAsync(new Uri("/Import", UriKind.Relative), form, Token);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var preview = await client.GetStringAsync(uploaded.Headers.Location!, Token);
        Assert.Contains("Target repeated (already on row 2).", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Chỉ tiêu lặp lại", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Templates_and_the_full_export_download()
    {
        using var client = await factory.SignInAsync("admin@demo.local");
        using var template = await client.GetAsync(new Uri("/Import/Template/Reviews", UriKind.Relative), Token);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType?.MediaType);
        var csv = await client.GetByteArrayAsync(new Uri("/Import/Template/Members?format=csv", UriKind.Relative), Token);
        Assert.StartsWith("\uFEFFMã đảng viên,Họ và tên", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
        using var export = await client.GetAsync(new Uri("/Import/Export?format=zip", UriKind.Relative), Token);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/zip", export.Content.Headers.ContentType?.MediaType);
    }
}
