using System.Net;

namespace PartyReview.FunctionalTests.Reports;

public sealed class SummaryPageTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    [Fact]
    public async Task The_2019_summary_shows_every_figure_of_the_article()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        var html = await client.GetStringAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), TestContext.Current.CancellationToken);

        foreach (var sentence in new[]
                 {
                     "66/68 TCCS Đảng được xếp loại (02 TCCS Đảng mới thành lập dưới 6 tháng không xếp loại)",
                     "62/66 TCCS Đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 17/62 hoàn thành xuất sắc nhiệm vụ); 04/66 TCCS Đảng hoàn thành nhiệm vụ",
                     "58/60 tập thể lãnh đạo cấp ủy cơ sở trực thuộc",
                     "hoàn thành tốt nhiệm vụ là 37/58 tập thể; hoàn thành nhiệm vụ 4/58 tập thể; hoàn thành xuất sắc nhiệm vụ là 17/58 tập thể",
                     "2.662/2.748 đảng viên đã kiểm điểm, xếp loại",
                     "có 2.607 đảng viên hoàn thành tốt nhiệm vụ trở lên (trong đó 386 đảng viên hoàn thành xuất sắc nhiệm vụ), 49 đảng viên hoàn thành nhiệm vụ, có 06 đảng viên không hoàn thành nhiệm vụ",
                     "kết nạp 145 đảng viên mới (đạt 120,8% chỉ tiêu năm)",
                     "cấp thẻ đảng viên cho 148 đồng chí",
                 })
        {
            Assert.Contains(sentence, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_2019_movements_table_counts_the_ledger_to_2748_members_at_year_end()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        var html = await client.GetStringAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), TestContext.Current.CancellationToken);
        var table = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"movements-table\".*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var rows = System.Text.RegularExpressions.Regex.Matches(table, "<th scope=\"row\">([^<]+)</th>\\s*<td class=\"text-end\">([^<]+)</td>")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        Assert.Equal("145", rows["Kết nạp đảng viên mới"]);
        Assert.Equal("132", rows["Xét chuyển đảng chính thức"]);
        Assert.Equal("165", rows["Chuyển sinh hoạt Đảng đi (lượt)"]);
        Assert.Equal("70", rows["Tiếp nhận chuyển sinh hoạt Đảng đến (lượt)"]);
        Assert.Equal("2", rows["Cho ra khỏi Đảng"]);
        Assert.Equal("1", rows["Xóa tên"]);
        Assert.Equal("148", rows["Cấp thẻ đảng viên"]);
        Assert.Equal("2.748", rows["Số đảng viên đến 31/12/2019"]);
        Assert.Contains("120 (đạt 120,8%)", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tables_label_both_conventions_and_the_reasons_for_not_rating()
    {
        using var client = await factory.SignInAsync("clerk@demo.local");
        var html = await client.GetStringAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("Cách tính riêng từng mức", html, StringComparison.Ordinal);
        Assert.Contains("Cách tính cộng dồn", html, StringComparison.Ordinal);
        Assert.Contains("Mới kết nạp dưới 6 tháng", html, StringComparison.Ordinal);
        Assert.Contains("Miễn công tác và sinh hoạt đảng", html, StringComparison.Ordinal);
        Assert.Contains("Quy định 132-QĐ/TW, Hướng dẫn 21-HD/BTCTW", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_2026_period_is_shown_with_its_rule_set_and_what_is_pending()
    {
        using var client = await factory.SignInAsync("staff@demo.local");
        var html = await client.GetStringAsync(new Uri("/Reports/Summary/2026", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW", html, StringComparison.Ordinal);
        Assert.Contains("Đang đánh giá", html, StringComparison.Ordinal);
        Assert.Contains("chưa có kết quả", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_without_a_review_period_is_a_friendly_not_found()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        using var response = await client.GetAsync(new Uri("/Reports/Summary/2010", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
