using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>The Admin's account pages, as an Admin uses them.</summary>
public sealed class AccountsPage(IPage page)
{
    /// <summary>Opens the list from the navigation bar: "Quản trị" → "Tài khoản".</summary>
    public async Task OpenFromMenuAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Quản trị", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tài khoản", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Admin/Accounts");
    }

    /// <summary>Fills the new-account form (a Secretary bound to the organization whose label starts with the code).</summary>
    public async Task FillNewSecretaryAsync(string email, string fullName, string organizationCode, string adminPassword)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await page.GetByLabel("Thư điện tử").FillAsync(email);
        await page.GetByLabel("Họ và tên").FillAsync(fullName);
        await page.GetByLabel("Bí thư tổ chức cơ sở đảng").CheckAsync();
        var organization = page.GetByLabel("Tổ chức (bí thư)");
        var value = await organization.Locator("option", new() { HasTextString = organizationCode + " – " }).GetAttributeAsync("value");
        await organization.SelectOptionAsync(value!);
        await page.GetByLabel("Mật khẩu của bạn (xác nhận)").FillAsync(adminPassword);
    }

    public Task SubmitAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản và cấp liên kết" }).ClickAsync();

    /// <summary>The one-time link shown after creating the account.</summary>
    public Task<string> ResetLinkAsync() => page.GetByTestId("reset-link").InputValueAsync();
}

/// <summary>The page the handed-over link opens.</summary>
public sealed class SetPasswordPage(IPage page)
{
    public async Task SetAsync(string link, string password)
    {
        await page.GotoAsync(link);
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đặt mật khẩu" }).ClickAsync();
        await page.WaitForURLAsync("**/Account/Login");
    }
}
