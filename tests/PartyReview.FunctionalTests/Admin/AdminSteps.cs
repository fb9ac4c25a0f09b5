using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Data.Identity;

namespace PartyReview.FunctionalTests.Admin;

/// <summary>What an Admin does through HTTP, step by step, as the forms post it.</summary>
public static partial class AdminSteps
{
    public const string DemoPassword = "PartyReview@2019";
    public const string NewPassword = "Mat-khau-moi-2026";

    /// <summary>Posts a form with the antiforgery token read from the page that shows it.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string action, params (string Name, string Value)[] fields)
    {
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, formPage);
        using var content = new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Creates an account in the browser's form; returns the response (the link page when it succeeded).</summary>
    public static Task<HttpResponseMessage> CreateAccountAsync(
        HttpClient admin, string email, string fullName, string[] roles, int? organizationId = null, string adminPassword = DemoPassword)
    {
        var fields = new List<(string, string)> { ("Form.Email", email), ("Form.FullName", fullName), ("Form.AdminPassword", adminPassword) };
        fields.AddRange(roles.Select(r => ("Form.Roles", r)));
        if (organizationId is { } id)
        {
            fields.Add(("Form.OrganizationId", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return PostAsync(admin, "/Admin/Accounts/New", "/Admin/Accounts/New", [.. fields]);
    }

    /// <summary>Creates the account and returns the handed-over link (path and query).</summary>
    public static async Task<string> CreateAccountWithLinkAsync(HttpClient admin, string email, string fullName, string[] roles, int? organizationId = null)
    {
        using var response = await CreateAccountAsync(admin, email, fullName, roles, organizationId);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return LinkIn(html);
    }

    public static string LinkIn(string html)
    {
        var match = ResetLinkPattern().Match(html);
        Assert.True(match.Success, "No reset link on the page");
        return new Uri(WebUtility.HtmlDecode(match.Groups[1].Value)).PathAndQuery;
    }

    /// <summary>Opens the link anonymously and sets the password; returns the POST's response.</summary>
    public static async Task<HttpResponseMessage> SetPasswordAsync(PartyReviewFactory factory, string link, string password = NewPassword)
    {
        using var client = factory.CreateBrowserLikeClient();
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        // The token comes from the login page: a used or expired link shows no form.
        return await PostAsync(client, "/Account/Login", "/Account/ResetPassword",
            ("UserId", query["u"].ToString()), ("Token", query["t"].ToString()), ("NewPassword", password), ("ConfirmPassword", password));
    }

    public static async Task<string> AccountIdAsync(WebApplicationFactory<Program> factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return user?.Id ?? throw new InvalidOperationException($"No account {email}");
    }

    public static async Task<int> OrganizationIdAsync(WebApplicationFactory<Program> factory, string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>().Organizations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [GeneratedRegex("value=\"([^\"]+)\" data-testid=\"reset-link\"")]
    private static partial Regex ResetLinkPattern();
}
