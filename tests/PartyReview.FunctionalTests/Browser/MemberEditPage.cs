using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>A member's particulars form (/Members/{id}/Edit), as a user sees it.</summary>
public sealed class MemberEditPage(IPage page)
{
    public async Task GotoAsync(int memberId) => await page.GotoAsync($"/Members/{memberId}/Edit");

    public Task SetNameAsync(string name) => page.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync(name);

    public Task SetBirthDateAsync(string isoDate) => page.GetByLabel("Ngày sinh", new() { Exact = true }).FillAsync(isoDate);

    public Task SaveAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();

    /// <summary>The conflict notice of a stale save, or an empty string when there is none.</summary>
    public async Task<string> ConflictAsync()
    {
        var notice = page.GetByTestId("conflict");
        return await notice.CountAsync() == 0 ? string.Empty : await notice.InnerTextAsync();
    }
}
