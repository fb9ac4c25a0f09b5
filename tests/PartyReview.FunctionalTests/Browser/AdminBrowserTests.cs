using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>
/// The Admin creates a Secretary for one organization and hands over the link; the Secretary sets a password, signs in
/// and sees only that organization; the audit log shows it all.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class AdminBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Organization = "TCCS03";
    private const string Email = "bithu.tccs03@example.org";
    private const string Password = "Bi-thu-TCCS03-2026";

    [Fact]
    public async Task An_Admin_creates_a_Secretary_who_signs_in_with_the_link_and_sees_only_their_organization()
    {
        var admin = await browser.NewPageAsync();
        await new LoginPage(admin).SignInAsync("admin@demo.local");
        var accounts = new AccountsPage(admin);
        await accounts.OpenFromMenuAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await Screenshots.TakeAsync(admin, "admin-accounts");

        await accounts.FillNewSecretaryAsync(Email, "Hoàng Văn Ba", Organization, "PartyReview@2019");
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await Screenshots.TakeAsync(admin, "admin-account-new");
        await accounts.SubmitAsync();
        var link = await accounts.ResetLinkAsync();
        Assert.Contains("/Account/ResetPassword?u=", link, StringComparison.Ordinal);
        await Screenshots.TakeAsync(admin, "admin-reset-link");

        // The Secretary, in their own browser, opens the link and sets a password.
        var secretary = await browser.NewPageAsync();
        await secretary.GotoAsync(link);
        await Accessibility.AssertNoSeriousViolationsAsync(secretary);
        await new SetPasswordPage(secretary).SetAsync(link, Password);
        await new LoginPage(secretary).SignInAsync(Email, Password);

        await secretary.GotoAsync("/Organizations");
        var rows = secretary.GetByTestId("organizations").Locator("tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains(Organization, await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await secretary.GetByRole(AriaRole.Button, new() { Name = "Quản trị", Exact = true }).CountAsync());

        // "Tài khoản của tôi" lists the sign-in.
        await secretary.GetByTestId("current-user").ClickAsync();
        await secretary.GetByRole(AriaRole.Link, new() { Name = "Tài khoản của tôi" }).ClickAsync();
        Assert.Contains("Thành công", await secretary.GetByTestId("sign-ins").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(secretary);

        // The Admin reads it all in the audit log.
        await admin.GotoAsync("/Audit?q=" + Uri.EscapeDataString(Email));
        var log = await admin.GetByTestId("audit-log").InnerTextAsync();
        foreach (var line in new[] { "Tạo tài khoản", "Cấp liên kết đặt mật khẩu", "Đặt mật khẩu bằng liên kết", "Đăng nhập" })
        {
            Assert.Contains(line, log, StringComparison.Ordinal);
        }

        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await admin.GotoAsync("/Audit");
        await Screenshots.TakeAsync(admin, "audit-log");
        await admin.GotoAsync("/Admin/Settings");
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await Screenshots.TakeAsync(admin, "admin-settings");
    }
}
