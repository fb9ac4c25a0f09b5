using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>A leader signs in with the browser, opens the 2019 summary and reads the article's figures.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class SummaryBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_leader_reads_the_2019_figures_and_the_page_passes_an_accessibility_scan()
    {
        var page = await browser.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();
        await Screenshots.TakeAsync(page, "login");
        await login.SignInAsync("leader@demo.local");

        var summary = new SummaryPage(page);
        await summary.GotoAsync(2019);
        var narrative = await summary.NarrativeAsync();
        foreach (var figure in new[] { "62/66", "04/66", "17/62", "37/58", "4/58", "17/58", "2.662/2.748", "2.607", "386", "49", "06 đảng viên" })
        {
            Assert.Contains(figure, narrative, StringComparison.Ordinal);
        }

        await Screenshots.TakeAsync(page, "summary-2019");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(await LoggedOutLoginPageAsync());
    }

    [Fact]
    public async Task The_year_selector_switches_to_the_open_2026_period()
    {
        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@demo.local");
        var summary = new SummaryPage(page);
        await summary.GotoAsync(2019);
        await summary.ChooseYearAsync(2026);

        await page.WaitForURLAsync("**/Reports/Summary/2026");
        Assert.Contains("Quy định 366-QĐ/TW", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains("chưa có kết quả", await summary.NarrativeAsync(), StringComparison.Ordinal);
    }

    private async Task<IPage> LoggedOutLoginPageAsync()
    {
        var page = await browser.NewPageAsync();
        await new LoginPage(page).GotoAsync();
        return page;
    }
}
