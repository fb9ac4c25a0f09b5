using System.Text.RegularExpressions;

namespace PartyReview.FunctionalTests.Infrastructure;

/// <summary>
/// Every form that posts carries its antiforgery token, so that the global antiforgery filter never refuses a user's
/// own click. (A form with an explicit action gets no token from the form tag helper unless it asks.)
/// </summary>
public sealed class AntiforgeryFormTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    [Theory]
    [InlineData("admin@demo.local", "/Admin/Accounts")]
    [InlineData("admin@demo.local", "/Admin/Settings")]
    [InlineData("admin@demo.local", "/Account/Me")]
    [InlineData("staff@demo.local", "/Reports/Summary/2019")]
    [InlineData("staff@demo.local", "/Import")]
    [InlineData("staff@demo.local", "/Periods")]
    [InlineData("staff@demo.local", "/Periods/2026")]
    [InlineData("staff@demo.local", "/Commendations/2018")]
    [InlineData("staff@demo.local", "/Movements/Targets/2026")]
    [InlineData("staff@demo.local", "/Members/New")]
    [InlineData("staff@demo.local", "/Organizations/New")]
    public async Task Every_posting_form_on_the_page_carries_the_token(string email, string path)
    {
        using var client = await factory.SignInAsync(email);
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var forms = Regex.Matches(html, "<form\\b[^>]*method=\"post\"[^>]*>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.Contains("__RequestVerificationToken", f.Groups[1].Value, StringComparison.Ordinal));
    }
}
