using System.Net;
using PartyReview.FunctionalTests.Admin;

namespace PartyReview.FunctionalTests.Account;

/// <summary>A session slides for 8 hours of inactivity, but ends 12 hours after sign-in however active (Identity:Session:AbsoluteHours).</summary>
public sealed class SessionLifetimeTests(ClockedFactory factory) : IClassFixture<ClockedFactory>
{
    [Fact]
    public async Task An_active_session_ends_twelve_hours_after_sign_in()
    {
        using var client = await factory.SignInAsync("leader@demo.local");
        var cancel = TestContext.Current.CancellationToken;

        // Active every 5 hours: the sliding window alone would keep the session forever.
        foreach (var hours in new[] { 5, 5 })
        {
            factory.Clock.Now += TimeSpan.FromHours(hours);
            using var active = await client.GetAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), cancel);
            Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        }

        factory.Clock.Now += TimeSpan.FromHours(2.5);
        using var after = await client.GetAsync(new Uri("/Reports/Summary/2019", UriKind.Relative), cancel);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
