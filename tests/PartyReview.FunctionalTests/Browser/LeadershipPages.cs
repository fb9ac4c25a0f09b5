using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>An organization's cấp ủy page: the current and past seats, the member search and the add form.</summary>
public sealed class LeadershipPage(IPage page)
{
    public async Task OpenFromOrganizationAsync(int organizationId)
    {
        await page.GotoAsync($"/Organizations/{organizationId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cấp ủy (bí thư, phó bí thư, cấp ủy viên)" }).ClickAsync();
        await page.GetByTestId("seats-current").WaitForAsync();
    }

    /// <summary>Finds the member by code among the organization's members on the date, then adds the seat from that date.</summary>
    public async Task AddAsync(string memberCode, string post, string startsOn)
    {
        await page.GetByLabel("Tìm đảng viên của tổ chức").FillAsync(memberCode);
        await page.GetByLabel("Sinh hoạt tại tổ chức vào ngày").FillAsync(startsOn);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        var form = page.GetByTestId("seat-form");
        await form.GetByLabel("Đảng viên").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await form.GetByLabel("Chức vụ").SelectOptionAsync(new SelectOptionValue { Label = post });
        await form.GetByRole(AriaRole.Button, new() { Name = "Thêm chức vụ" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public async Task EndAsync(string memberName, string lastDay)
    {
        var row = page.GetByTestId("seats-current").Locator("tr", new() { HasText = memberName });
        await row.GetByLabel("Ngày kết thúc").FillAsync(lastDay);
        await row.GetByRole(AriaRole.Button, new() { Name = "Kết thúc nhiệm kỳ" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public Task<IReadOnlyList<string>> RowsAsync(string table) => page.GetByTestId(table).Locator("tbody tr").AllInnerTextsAsync();

    public Task<string> MessageAsync() => page.GetByRole(AriaRole.Status).First.InnerTextAsync();
}
