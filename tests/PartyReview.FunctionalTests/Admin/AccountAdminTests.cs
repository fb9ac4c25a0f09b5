using System.Net;
using static PartyReview.FunctionalTests.Admin.AdminSteps;

namespace PartyReview.FunctionalTests.Admin;

/// <summary>The Admin manages accounts in the browser: each rule of the accounts page, through HTTP.</summary>
public sealed class AccountAdminTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("staff@demo.local")]
    [InlineData("leader@demo.local")]
    [InlineData("clerk@demo.local")]
    [InlineData("secretary@demo.local")]
    public async Task Only_an_Admin_reaches_the_accounts_and_the_settings(string email)
    {
        using var client = await factory.SignInAsync(email);
        foreach (var path in new[] { "/Admin/Accounts", "/Admin/Accounts/New", "/Admin/Settings" })
        {
            using var page = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        }

        // A forged form (with a valid token from a page the user may see) is refused too.
        using var create = await PostAsync(client, "/", "/Admin/Accounts/New", ("Form.Email", "x@example.org"), ("Form.FullName", "X"), ("Form.Roles", "Admin"));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        using var settings = await PostAsync(client, "/", "/Admin/Settings", ("Form.Name", "X"));
        Assert.Equal(HttpStatusCode.Forbidden, settings.StatusCode);
    }

    [Theory]
    [InlineData("admin@demo.local", HttpStatusCode.OK)]
    [InlineData("staff@demo.local", HttpStatusCode.OK)]
    [InlineData("leader@demo.local", HttpStatusCode.Forbidden)]
    [InlineData("clerk@demo.local", HttpStatusCode.Forbidden)]
    [InlineData("secretary@demo.local", HttpStatusCode.Forbidden)]
    public async Task The_audit_log_is_for_the_Admin_and_Staff(string email, HttpStatusCode expected)
    {
        using var client = await factory.SignInAsync(email);
        using var page = await client.GetAsync(new Uri("/Audit", UriKind.Relative), Cancel);
        Assert.Equal(expected, page.StatusCode);
        using var export = await client.GetAsync(new Uri("/Audit/Export", UriKind.Relative), Cancel);
        Assert.Equal(expected, export.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        using var client = factory.CreateBrowserLikeClient();
        foreach (var path in new[] { "/Admin/Accounts", "/Admin/Settings", "/Audit", "/Account/Me" })
        {
            using var page = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_secretary_must_be_bound_to_one_organization()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        using var response = await CreateAccountAsync(admin, "bithu.thieu@example.org", "Nguyễn Văn Thiếu", ["Secretary"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Bí thư phải gắn với đúng một tổ chức cơ sở đảng", await response.TextAsync(), StringComparison.Ordinal);

        // Nothing was created: the same email is free.
        var list = await admin.GetStringAsync(new Uri("/Admin/Accounts?q=bithu.thieu", UriKind.Relative), Cancel);
        Assert.DoesNotContain("bithu.thieu@example.org", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_secretary_sets_a_password_with_the_link_once_and_reaches_only_their_organization()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        var organization = await OrganizationIdAsync(factory, "TCCS05");
        var other = await OrganizationIdAsync(factory, "TCCS06");
        var link = await CreateAccountWithLinkAsync(admin, "bithu.tccs05@example.org", "Trần Văn Năm", ["Secretary"], organization);

        // Without a password yet, the account cannot sign in.
        using (var anonymous = factory.CreateBrowserLikeClient())
        using (var refused = await PartyReviewFactory.PostLoginAsync(anonymous, "bithu.tccs05@example.org", NewPassword))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using (var set = await SetPasswordAsync(factory, link))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        // The link works once.
        using (var again = await SetPasswordAsync(factory, link, "Mat-khau-khac-2026"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
            Assert.Contains("không hợp lệ, đã được dùng hoặc đã hết hạn", await again.TextAsync(), StringComparison.Ordinal);
        }

        using var secretary = await factory.SignInAsync("bithu.tccs05@example.org", NewPassword);
        using (var own = await secretary.GetAsync(new Uri($"/Organizations/{organization}", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        using (var foreign = await secretary.GetAsync(new Uri($"/Organizations/{other}", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        var list = await secretary.GetStringAsync(new Uri("/Organizations", UriKind.Relative), Cancel);
        Assert.Contains("TCCS05", list, StringComparison.Ordinal);
        Assert.DoesNotContain("TCCS06", list, StringComparison.Ordinal);

        // The audit log holds the creation, the link, the password set and the sign-in.
        var log = await admin.GetStringAsync(new Uri("/Audit?q=bithu.tccs05", UriKind.Relative), Cancel);
        foreach (var line in new[] { "Tạo tài khoản", "Cấp liên kết đặt mật khẩu", "Đặt mật khẩu bằng liên kết", "Đăng nhập" })
        {
            Assert.Contains(line, log, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_new_link_replaces_the_previous_one()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        var first = await CreateAccountWithLinkAsync(admin, "vanthu2@example.org", "Lê Văn Thư", ["Clerk"]);
        var id = await AccountIdAsync(factory, "vanthu2@example.org");
        using var reissued = await PostAsync(admin, $"/Admin/Accounts/{id}", $"/Admin/Accounts/{id}/ResetLink", ("AdminPassword", DemoPassword));
        var second = LinkIn(await reissued.TextAsync());

        using var stale = await SetPasswordAsync(factory, first);
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        using var fresh = await SetPasswordAsync(factory, second);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [Fact]
    public async Task An_Admin_cannot_remove_their_own_Admin_role()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        var id = await AccountIdAsync(factory, "admin@demo.local");
        using var response = await PostAsync(admin, $"/Admin/Accounts/{id}", $"/Admin/Accounts/{id}",
            ("Form.FullName", "Quản trị hệ thống"), ("Form.Roles", "Staff"), ("Form.AdminPassword", DemoPassword));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Bạn không thể tự bỏ vai trò Quản trị hệ thống của mình", await response.TextAsync(), StringComparison.Ordinal);

        using var still = await admin.GetAsync(new Uri("/Admin/Accounts", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task The_last_active_Admin_cannot_be_deactivated_but_a_second_one_can()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        var id = await AccountIdAsync(factory, "admin@demo.local");
        using (var refused = await PostAsync(admin, $"/Admin/Accounts/{id}", $"/Admin/Accounts/{id}/Deactivate", ("AdminPassword", DemoPassword)))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("Không thể vô hiệu hóa quản trị viên cuối cùng còn hoạt động", await refused.TextAsync(), StringComparison.Ordinal);
        }

        await CreateAccountWithLinkAsync(admin, "admin2@example.org", "Quản trị viên hai", ["Admin"]);
        var second = await AccountIdAsync(factory, "admin2@example.org");
        using var done = await PostAsync(admin, $"/Admin/Accounts/{second}", $"/Admin/Accounts/{second}/Deactivate", ("AdminPassword", DemoPassword));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var page = await admin.GetStringAsync(new Uri($"/Admin/Accounts/{second}", UriKind.Relative), Cancel);
        Assert.Contains("Đã vô hiệu hóa", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_and_the_failure_is_audited()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        var link = await CreateAccountWithLinkAsync(admin, "canbo.nghi@example.org", "Phạm Thị Nghỉ", ["Staff"]);
        using (var set = await SetPasswordAsync(factory, link))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        using (var before = await factory.SignInAsync("canbo.nghi@example.org", NewPassword))
        {
            var id = await AccountIdAsync(factory, "canbo.nghi@example.org");
            using var done = await PostAsync(admin, $"/Admin/Accounts/{id}", $"/Admin/Accounts/{id}/Deactivate", ("AdminPassword", DemoPassword));
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }

        using var client = factory.CreateBrowserLikeClient();
        using var login = await PartyReviewFactory.PostLoginAsync(client, "canbo.nghi@example.org", NewPassword);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        // The visitor reads what a wrong password reads; the audit keeps the truth.
        var text = await login.TextAsync();
        Assert.Contains("Thư điện tử hoặc mật khẩu không đúng", text, StringComparison.Ordinal);
        Assert.DoesNotContain("vô hiệu hóa", text, StringComparison.Ordinal);

        var log = await admin.GetStringAsync(new Uri("/Audit?category=signin-failures&user=canbo.nghi", UriKind.Relative), Cancel);
        Assert.Contains("tài khoản đã bị vô hiệu hóa", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_confirmation_password_changes_nothing_and_is_audited()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        using var response = await CreateAccountAsync(admin, "lanhdao2@example.org", "Võ Văn Lãnh", ["Leader"], adminPassword: "Sai-mat-khau-1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Mật khẩu xác nhận không đúng.", await response.TextAsync(), StringComparison.Ordinal);

        var list = await admin.GetStringAsync(new Uri("/Admin/Accounts?status=all&q=lanhdao2", UriKind.Relative), Cancel);
        Assert.DoesNotContain("lanhdao2@example.org", list, StringComparison.Ordinal);
        var log = await admin.GetStringAsync(new Uri("/Audit?category=accounts", UriKind.Relative), Cancel);
        Assert.Contains("Xác nhận mật khẩu thất bại", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_out_account_is_listed_and_unlocked()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        var link = await CreateAccountWithLinkAsync(admin, "khoa@example.org", "Đỗ Văn Khóa", ["Leader"]);
        (await SetPasswordAsync(factory, link)).Dispose();
        using (var client = factory.CreateBrowserLikeClient())
        {
            for (var attempt = 0; attempt < 5; attempt++)
            {
                (await PartyReviewFactory.PostLoginAsync(client, "khoa@example.org", $"Sai-{attempt}")).Dispose();
            }
        }

        var locked = await admin.GetStringAsync(new Uri("/Admin/Accounts?locked=true", UriKind.Relative), Cancel);
        Assert.Contains("khoa@example.org", locked, StringComparison.Ordinal);
        Assert.DoesNotContain("leader@demo.local", locked, StringComparison.Ordinal);

        var id = await AccountIdAsync(factory, "khoa@example.org");
        using var unlock = await PostAsync(admin, $"/Admin/Accounts/{id}", $"/Admin/Accounts/{id}/Unlock", ("AdminPassword", DemoPassword));
        Assert.Equal(HttpStatusCode.Redirect, unlock.StatusCode);
        using var signedIn = await factory.SignInAsync("khoa@example.org", NewPassword);
        Assert.NotNull(signedIn);
    }

    [Fact]
    public async Task Changing_roles_and_organization_is_audited_old_to_new()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        await CreateAccountWithLinkAsync(admin, "doivaitro@example.org", "Hồ Văn Đổi", ["Leader"]);
        var id = await AccountIdAsync(factory, "doivaitro@example.org");
        var organization = await OrganizationIdAsync(factory, "TCCS07");
        using var response = await PostAsync(admin, $"/Admin/Accounts/{id}", $"/Admin/Accounts/{id}",
            ("Form.FullName", "Hồ Văn Đổi"), ("Form.Roles", "Secretary"), ("Form.OrganizationId", organization.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.AdminPassword", DemoPassword));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await admin.GetStringAsync(new Uri($"/Admin/Accounts/{id}", UriKind.Relative), Cancel);
        Assert.Contains("Lãnh đạo → <strong>Bí thư</strong>", page, StringComparison.Ordinal);
        Assert.Contains("TCCS07", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_user_changes_their_own_password_and_sees_their_sign_ins()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        var link = await CreateAccountWithLinkAsync(admin, "tuphucvu@example.org", "Mai Văn Tự", ["Clerk"]);
        (await SetPasswordAsync(factory, link)).Dispose();
        using (var wrong = factory.CreateBrowserLikeClient())
        {
            (await PartyReviewFactory.PostLoginAsync(wrong, "tuphucvu@example.org", "Sai-mat-khau-9")).Dispose();
        }

        using var user = await factory.SignInAsync("tuphucvu@example.org", NewPassword);
        var me = await user.GetStringAsync(new Uri("/Account/Me", UriKind.Relative), Cancel);
        Assert.Contains("sai mật khẩu", me, StringComparison.Ordinal);
        Assert.Contains("Thành công", me, StringComparison.Ordinal);

        using (var mismatch = await PostAsync(user, "/Account/Me", "/Account/Me/Password",
                   ("Password.CurrentPassword", "Sai-hien-tai-1"), ("Password.NewPassword", "Mat-khau-thu-ba-3"), ("Password.ConfirmPassword", "Mat-khau-thu-ba-3")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatch.StatusCode);
            Assert.Contains("Mật khẩu không đúng.", await mismatch.TextAsync(), StringComparison.Ordinal);
        }

        using (var changed = await PostAsync(user, "/Account/Me", "/Account/Me/Password",
                   ("Password.CurrentPassword", NewPassword), ("Password.NewPassword", "Mat-khau-thu-ba-3"), ("Password.ConfirmPassword", "Mat-khau-thu-ba-3")))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        using var again = await factory.SignInAsync("tuphucvu@example.org", "Mat-khau-thu-ba-3");
        Assert.NotNull(again);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_policy_in_Vietnamese()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        var link = await CreateAccountWithLinkAsync(admin, "yeu@example.org", "Lý Văn Yếu", ["Leader"]);
        using var weak = await SetPasswordAsync(factory, link, "ngan");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        var html = await weak.TextAsync();
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", html, StringComparison.Ordinal);

        // The refused attempt did not use the link up.
        using var strong = await SetPasswordAsync(factory, link);
        Assert.Equal(HttpStatusCode.Redirect, strong.StatusCode);
    }
}
