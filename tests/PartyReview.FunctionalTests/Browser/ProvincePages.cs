using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>The province's roll-up: one row per committee and the province's total, and the way into one committee.</summary>
public sealed class ProvinceDashboardPage(IPage page)
{
    public async Task GotoAsync(int year)
    {
        await page.GotoAsync($"/Province/Dashboard/{year}");
        await page.GetByTestId("province-organization").WaitForAsync();
    }

    /// <summary>The organizations' table, row by row (committee rows, then the total).</summary>
    public Task<IReadOnlyList<string>> OrganizationRowsAsync() =>
        page.GetByTestId("province-organization").Locator("tbody tr, tfoot tr").AllInnerTextsAsync();

    /// <summary>Opens one committee's own pages from its row of the organizations' table.</summary>
    public async Task OpenCommitteeAsync(string committeeName)
    {
        await page.GetByTestId("province-organization")
            .GetByRole(AriaRole.Button, new() { Name = $"Xem các trang của {committeeName}" }).ClickAsync();
        await page.WaitForURLAsync("**/Reports/Dashboard/*");
    }

    public Task<string> ReadingBarAsync() => page.GetByTestId("province-reading").InnerTextAsync();
}
