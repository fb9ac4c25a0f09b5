using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>A leader's dashboard in Chromium: charts drawn, the year switched, a bar clicked to its list, no serious axe finding.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class DashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_leader_sees_the_charts_switches_the_year_and_drills_down_from_a_bar()
    {
        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("leader@demo.local");

        // The leader's home is the dashboard of the newest year, the open 2026 period.
        await page.GetByTestId("dashboard").WaitForAsync();
        Assert.Contains("2026", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await AssertChartsDrawnAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByTestId("year-selector").GetByRole(AriaRole.Link, new() { Name = "2019", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Reports/Dashboard/2019");
        Assert.Contains("62/66", await page.GetByTestId("key-organizations-good").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2.662/2.748", await page.GetByTestId("key-members-reviewed").InnerTextAsync(), StringComparison.Ordinal);
        await AssertChartsDrawnAsync(page);
        await Screenshots.TakeAsync(page, "dashboard-2019");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Click the HTXSNV bar of the organizations' chart: Chart.js's onClick opens the list behind it.
        var chart = page.Locator("#chart-distribution-Organization");
        await chart.ScrollIntoViewIfNeededAsync();
        var bar = await page.EvaluateAsync<double[]>(
            "() => { const c = window.dashboardCharts.find(ch => ch.canvas.id === 'chart-distribution-Organization');"
            + " const bar = c.getDatasetMeta(0).data[0]; return [bar.x, (bar.y + bar.base) / 2]; }");
        var box = (await chart.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync((float)(box.X + bar[0]), (float)(box.Y + bar[1]));
        await page.WaitForURLAsync("**/Reports/Drill/2019?subject=Organization&level=Excellent");
        Assert.Contains("17", await page.GetByTestId("drill-total").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(17, await page.GetByTestId("drill-table").Locator("tbody tr").CountAsync());
        await Screenshots.TakeAsync(page, "drill-down");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task The_report_and_the_comparison_pass_an_accessibility_scan()
    {
        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@demo.local");
        await page.GotoAsync("/Reports/Summary/2019");
        var narrative = await page.GetByTestId("narrative").InnerTextAsync();
        Assert.Contains("17/62 hoàn thành xuất sắc nhiệm vụ", narrative, StringComparison.Ordinal);
        Assert.Contains("5 TCCS Đảng có thành tích xuất sắc trong công tác xây dựng Đảng năm 2019", narrative, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo lại từ số liệu" }).ClickAsync();
        Assert.StartsWith("Năm 2019, Đảng ủy Khối kết nạp 145 đảng viên mới", await page.Locator("#reportText").InputValueAsync(), StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "report-2019");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/Reports/Compare?from=2018&to=2019");
        await Screenshots.TakeAsync(page, "compare-2018-2019");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>Every chart's canvas has painted pixels.</summary>
    private static async Task AssertChartsDrawnAsync(IPage page)
    {
        var painted = await page.EvaluateAsync<int[]>(
            "() => Array.from(document.querySelectorAll('canvas[data-chart]')).map(c => {"
            + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
            + " for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; })");
        Assert.Equal(5, painted.Length);
        Assert.All(painted, pixels => Assert.True(pixels > 500, $"a chart drew only {pixels} pixels"));
    }
}
