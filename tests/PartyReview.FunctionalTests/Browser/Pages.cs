using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>The login page, as a user sees it.</summary>
public sealed class LoginPage(IPage page)
{
    public async Task GotoAsync() => await page.GotoAsync("/Account/Login");

    public async Task SignInAsync(string email, string password = "PartyReview@2019")
    {
        await GotoAsync();
        await page.GetByLabel("Thư điện tử").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }
}

/// <summary>The year's summary page.</summary>
public sealed class SummaryPage(IPage page)
{
    public async Task GotoAsync(int year) => await page.GotoAsync($"/Reports/Summary/{year}");

    public Task<string> NarrativeAsync() => page.GetByTestId("narrative").InnerTextAsync();

    public Task ChooseYearAsync(int year) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Chọn năm" }).GetByRole(AriaRole.Link, new() { Name = year.ToString(System.Globalization.CultureInfo.InvariantCulture), Exact = true }).ClickAsync();
}
