namespace PartyReview.FunctionalTests.Browser;

/// <summary>
/// The province's story in Chromium: both committees' 2019 figures side by side and in total, the summary, then one
/// committee's own dashboard opened read-only, each page without a serious axe finding.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class ProvinceBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_province_reads_both_committees_side_by_side_and_drills_into_one()
    {
        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("province@demo.local");
        var province = new ProvinceDashboardPage(page);
        await province.GotoAsync(2019);

        var rows = await province.OrganizationRowsAsync();
        Assert.Equal(3, rows.Count);
        Assert.Contains("Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng", rows[0], StringComparison.Ordinal);
        Assert.Contains("62/66", rows[0], StringComparison.Ordinal);
        Assert.Contains("Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("Toàn tỉnh", rows[2], StringComparison.Ordinal);
        Assert.Contains("78/80", rows[2], StringComparison.Ordinal);
        var labels = await page.EvaluateAsync<int[]>("() => window.provinceCharts.map(c => c.data.labels.length)");
        Assert.Equal(new[] { 3, 3 }, labels);
        await Screenshots.TakeAsync(page, "province-2019");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/Province/Summary/2019");
        Assert.Contains("78/80 TCCS Đảng được xếp loại", await page.GetByTestId("province-summary-total").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await province.GotoAsync(2019);
        await province.OpenCommitteeAsync("Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng");
        Assert.Contains("Đang xem: Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng", await province.ReadingBarAsync(), StringComparison.Ordinal);
        Assert.Contains("10/12", await page.GetByTestId("key-organizations-good").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
