using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.TestSupport;
using PartyReview.Web.Infrastructure;
using static PartyReview.FunctionalTests.Admin.AdminSteps;

namespace PartyReview.FunctionalTests.Admin;

/// <summary>Production on an empty database: no demo data, no demo account.</summary>
public sealed partial class EmptyProductionFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string? _connectionString;

    public async ValueTask InitializeAsync() => _connectionString = await DemoDatabase.CreateEmptyAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:PartyReview", _connectionString ?? throw new InvalidOperationException("Initialize the factory first."));
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(DemoDatabase.TemporaryFolder, "logs", "production-.log"));
    }

    /// <summary>Over https, as in Production: the sign-in and antiforgery cookies are Secure there.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// The issue's bar: in Production with an empty database, the documented command creates the first Admin, who creates
/// the committee, an organization and a Secretary in the browser; the Secretary signs in with the handed-over link and
/// reaches only that organization; the audit log shows all of it.
/// </summary>
public sealed partial class FirstStartTests(EmptyProductionFactory factory) : IClassFixture<EmptyProductionFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_Admin_sets_everything_up_in_the_browser()
    {
        // What `create-admin --email … --name …` does, with PARTYREVIEW_ADMIN_PASSWORD.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Null(await StartupCommands.CreateAdminAccountAsync(scope.ServiceProvider, "quantri@dangbo.vn", "Nguyễn Quản Trị", "Quan-tri-2026!"));
        }

        using var admin = factory.CreateBrowserLikeClient();
        var loginPage = await admin.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), Cancel);
        Assert.DoesNotContain("demo.local", loginPage, StringComparison.Ordinal);
        using (var login = await PartyReviewFactory.PostLoginAsync(admin, "quantri@dangbo.vn", "Quan-tri-2026!"))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

            // Outside Development the session cookie is Secure, whatever the request.
            Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("PartyReview.Auth=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        }

        var settings = await admin.GetStringAsync(new Uri("/Admin/Settings", UriKind.Relative), Cancel);
        Assert.Contains("Hệ thống chưa có đảng bộ", settings, StringComparison.Ordinal);
        using (var saved = await PostAsync(admin, "/Admin/Settings", "/Admin/Settings",
                   ("Form.Name", "Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng"), ("Form.ShortName", "Đảng ủy Khối Doanh nghiệp"),
                   ("Form.UpperBodyName", "Đảng bộ tỉnh Lâm Đồng"), ("Form.Place", "Lâm Đồng"), ("Form.DocumentSymbol", "ĐUKDN"),
                   ("Form.TermStartYear", "2025"), ("Form.DefaultExcellenceQuotaPercent", "20")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var organization = await PostAsync(admin, "/Organizations/New", "/Organizations/New",
                   ("Code", "DN01"), ("Name", "Đảng bộ Công ty Điện lực"), ("Kind", "PartyCommittee"), ("FoundedOn", "2010-01-01")))
        {
            Assert.Equal(HttpStatusCode.Redirect, organization.StatusCode);
        }

        using (var second = await PostAsync(admin, "/Organizations/New", "/Organizations/New",
                   ("Code", "DN02"), ("Name", "Chi bộ Công ty Cấp nước"), ("Kind", "Cell"), ("FoundedOn", "2012-01-01")))
        {
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }

        var organizationId = await OrganizationIdAsync(factory, "DN01");
        using var created = await CreateAccountAsync(admin, "bithu.dn01@dangbo.vn", "Lê Văn Bí", ["Secretary"], organizationId, "Quan-tri-2026!");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var link = LinkIn(await created.TextAsync());

        using var secretary = factory.CreateBrowserLikeClient();
        var form = await secretary.GetStringAsync(new Uri(link, UriKind.Relative), Cancel);
        Assert.Contains("bithu.dn01@dangbo.vn", form, StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        using (var set = await PostAsync(secretary, link, "/Account/ResetPassword",
                   ("UserId", query["u"].ToString()), ("Token", query["t"].ToString()), ("NewPassword", NewPassword), ("ConfirmPassword", NewPassword)))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        using (var login = await PartyReviewFactory.PostLoginAsync(secretary, "bithu.dn01@dangbo.vn", NewPassword))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        var list = await secretary.GetStringAsync(new Uri("/Organizations", UriKind.Relative), Cancel);
        Assert.Contains("DN01", list, StringComparison.Ordinal);
        Assert.DoesNotContain("DN02", list, StringComparison.Ordinal);
        using (var other = await secretary.GetAsync(new Uri($"/Organizations/{await OrganizationIdAsync(factory, "DN02")}", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }

        using (var accounts = await secretary.GetAsync(new Uri("/Admin/Accounts", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.Forbidden, accounts.StatusCode);
        }

        var log = await admin.GetStringAsync(new Uri("/Audit", UriKind.Relative), Cancel);
        Assert.Matches(CommandLine(), log);
        foreach (var line in new[] { "Tạo đảng bộ", "Tạo tài khoản", "Cấp liên kết đặt mật khẩu", "Đặt mật khẩu bằng liên kết", "bithu.dn01@dangbo.vn", "quantri@dangbo.vn" })
        {
            Assert.Contains(line, log, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("Lệnh create-admin")]
    private static partial Regex CommandLine();
}
