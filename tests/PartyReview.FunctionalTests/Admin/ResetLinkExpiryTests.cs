using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static PartyReview.FunctionalTests.Admin.AdminSteps;

namespace PartyReview.FunctionalTests.Admin;

/// <summary>A clock the test moves: the app's <see cref="TimeProvider"/>, which the password link reads.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
    public override DateTimeOffset GetUtcNow() => Now;
}

public sealed class ClockedFactory : PartyReviewFactory
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>The handed-over link stops working after its lifetime (24 hours by default).</summary>
public sealed class ResetLinkExpiryTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task A_link_works_within_its_lifetime_and_not_after()
    {
        using var admin = await factory.SignInAsync("admin@demo.local");
        var late = await CreateAccountWithLinkAsync(admin, "muon@example.org", "Ngô Văn Muộn", ["Leader"]);
        var early = await CreateAccountWithLinkAsync(admin, "som@example.org", "Ngô Văn Sớm", ["Leader"]);

        factory.Clock.Now += TimeSpan.FromHours(23);
        using (var inTime = await SetPasswordAsync(factory, early))
        {
            Assert.Equal(HttpStatusCode.Redirect, inTime.StatusCode);
        }

        factory.Clock.Now += TimeSpan.FromHours(2);
        using var client = factory.CreateBrowserLikeClient();
        using var expired = await client.GetAsync(new Uri(late, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("đã hết hạn", await expired.TextAsync(), StringComparison.Ordinal);
    }
}
