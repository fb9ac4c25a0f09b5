using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;

namespace PartyReview.FunctionalTests.Infrastructure;

public sealed class ErrorAndLanguageTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    [Fact]
    public async Task An_unknown_address_gets_a_friendly_page_without_technical_details()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        using var response = await client.GetAsync(new Uri("/khong-co-trang-nay", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_can_be_chosen_and_is_remembered()
    {
        using var client = factory.CreateBrowserLikeClient();
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Account/Login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-US",
            ["returnUrl"] = "/Account/Login",
            ["__RequestVerificationToken"] = token,
        });
        using var set = await client.PostAsync(new Uri("/Culture/Set", UriKind.Relative), form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        var html = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Sign in", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Vietnamese_text_has_its_English_translation()
    {
        var resources = new ResourceManager("PartyReview.Web.Resources.SharedResource", typeof(Program).Assembly);
        static HashSet<string> Keys(ResourceSet set) => set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
        var vietnamese = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, true, false)!);
        var english = Keys(resources.GetResourceSet(new CultureInfo("en"), true, false)!);
        Assert.NotEmpty(vietnamese);
        Assert.Equal(vietnamese.Order(), english.Order());
    }
}
