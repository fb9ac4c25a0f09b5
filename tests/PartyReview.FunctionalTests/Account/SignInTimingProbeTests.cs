using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data.Identity;

namespace PartyReview.FunctionalTests.Account;

/// <summary>
/// The scripted probe of #15's "done when": signing in with a known email and a wrong password, with an unknown email,
/// with a locked account and with a deactivated one, interleaved after a warm-up, takes the same time (medians within
/// 20 ms of the unknown email's) and shows the same page text. The medians are written to the test output; see
/// docs/reliability.md, "Sign-in timing".
/// </summary>
public sealed partial class SignInTimingProbeTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private const int WarmUp = 5;
    private const int Rounds = 20;
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(20);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>
    /// The timing probe. Explicit (run it with <c>--explicit on</c>, on a quiet machine): its medians depend on the
    /// machine's load: on a quiet machine it holds (docs/reliability.md), on a loaded one (CI) it is not stable.
    /// </summary>
    [Fact(Explicit = true)]
    public async Task Known_unknown_locked_and_deactivated_emails_take_the_same_time_and_read_the_same()
    {
        var (medians, pages) = await ProbeAsync(WarmUp, Rounds);
        TestContext.Current.TestOutputHelper?.WriteLine(
            "Sign-in medians over " + Rounds + " rounds: " + string.Join(", ", medians.Select(m => $"{m.Key} {m.Value.ToString("0.0", CultureInfo.InvariantCulture)} ms")));
        AssertSamePage(pages);
        foreach (var (name, median) in medians)
        {
            Assert.True(Math.Abs(median - medians["unknown"]) <= Gap.TotalMilliseconds,
                $"{name}: {median:0.0} ms against {medians["unknown"]:0.0} ms for an unknown email");
        }
    }

    [Fact]
    public async Task Known_unknown_locked_and_deactivated_emails_read_the_same_every_time()
    {
        var (_, pages) = await ProbeAsync(warmUp: 1, rounds: 3);
        AssertSamePage(pages);
    }

    private static void AssertSamePage(Dictionary<string, HashSet<string>> pages)
    {
        var text = pages["unknown"].Single();
        Assert.Contains("Thư điện tử hoặc mật khẩu không đúng", text, StringComparison.Ordinal);
        Assert.All(pages, p => Assert.Equal([text], p.Value));
    }

    private async Task<(Dictionary<string, double> Medians, Dictionary<string, HashSet<string>> Pages)> ProbeAsync(int warmUp, int rounds)
    {
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var clerk = (await users.FindByEmailAsync("clerk@demo.local"))!;
            await users.SetLockoutEndDateAsync(clerk, DateTimeOffset.UtcNow.AddDays(1));
            var secretary = (await users.FindByEmailAsync("secretary@demo.local"))!;
            secretary.IsActive = false;
            await users.UpdateAsync(secretary);
        }

        var cases = new (string Name, string Email, string Password)[]
        {
            ("unknown", "khong.co.ai@example.org", "Sai-mat-khau-1"),
            ("wrong", "leader@demo.local", "Sai-mat-khau-1"),
            ("locked", "clerk@demo.local", "PartyReview@2019"),
            ("deactivated", "secretary@demo.local", "PartyReview@2019"),
        };
        using var client = factory.CreateBrowserLikeClient();
        var token = await PartyReviewFactory.AntiforgeryTokenAsync(client, "/Account/Login");
        var times = cases.ToDictionary(c => c.Name, _ => new List<double>());
        var pages = cases.ToDictionary(c => c.Name, _ => new HashSet<string>(StringComparer.Ordinal));
        for (var round = 0; round < warmUp + rounds; round++)
        {
            // Interleaved, in a rotating order, so a slow moment of the machine falls on every case alike.
            for (var i = 0; i < cases.Length; i++)
            {
                var (name, email, password) = cases[(round + i) % cases.Length];
                await ForgetFailuresAsync("leader@demo.local");
                using var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token,
                });
                var watch = Stopwatch.StartNew();
                using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form, Token);
                var html = await response.Content.ReadAsStringAsync(Token);
                watch.Stop();
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                if (round >= warmUp)
                {
                    times[name].Add(watch.Elapsed.TotalMilliseconds);
                    pages[name].Add(Summary(html));
                }
            }
        }

        return (times.ToDictionary(t => t.Key, t => Median(t.Value)), pages);
    }

    /// <summary>Keeps the known account from locking during the probe: its wrong password stays a wrong password.</summary>
    private async Task ForgetFailuresAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await users.ResetAccessFailedCountAsync((await users.FindByEmailAsync(email))!);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Summary(string html) => ValidationSummary().Match(html).Value;

    [GeneratedRegex("<div class=\"[^\"]*validation-summary-errors[^\"]*\"[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex ValidationSummary();
}
