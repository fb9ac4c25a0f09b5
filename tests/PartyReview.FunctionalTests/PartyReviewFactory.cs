using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Data.Identity;
using PartyReview.TestSupport;

namespace PartyReview.FunctionalTests;

/// <summary>
/// The whole application in memory, in Development, on its own copy of the seeded demo database (real SQLite),
/// with the demo accounts created at start as on a developer's machine.
/// </summary>
public class PartyReviewFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string? _connectionString;

    public async ValueTask InitializeAsync() => _connectionString = await DemoDatabase.CopyAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:PartyReview", _connectionString ?? throw new InvalidOperationException("Initialize the factory first."));
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(DemoDatabase.TemporaryFolder, "logs", "partyreview-.log"));

        // Every test signs in from the same test address: the throttle is tested on its own, with its real limits.
        if (!RealCredentialLimits)
        {
            builder.UseSetting("Security:Credentials:PerAddress", "100000");
            builder.UseSetting("Security:Credentials:PerAccount", "100000");
        }
    }

    /// <summary>Whether sign-in, reset and password change keep the shipped limits (5 a minute) instead of the tests' high ones.</summary>
    protected virtual bool RealCredentialLimits => false;

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in with a demo account; returns the signed-in client.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = "PartyReview@2019")
    {
        var client = CreateBrowserLikeClient();
        var response = await PostLoginAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {response.StatusCode}");
        }

        return client;
    }

    /// <summary>
    /// Creates an account with the demo password in <paramref name="role"/>, working for the committee named
    /// <paramref name="committeeName"/>; returns its id.
    /// </summary>
    public async Task<string> CreateAccountAsync(string email, string role, string committeeName)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        var committee = await db.Committees.Where(c => c.Name == committeeName).Select(c => c.Id).SingleAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = email, CommitteeId = committee };
        Check(await users.CreateAsync(user, "PartyReview@2019"));
        Check(await users.AddToRoleAsync(user, role));
        return user.Id;

        static void Check(IdentityResult result)
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    /// <summary>The demo's committees: the seed article's, and the second committee of the province.</summary>
    public const string FirstCommittee = "Đảng ủy Khối Các cơ quan tỉnh Lâm Đồng";
    public const string SecondCommittee = "Đảng ủy Khối Doanh nghiệp tỉnh Lâm Đồng";

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, "/Account/Login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
    }

    /// <summary>Reads the antiforgery token from a page's form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var match = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {path}");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
