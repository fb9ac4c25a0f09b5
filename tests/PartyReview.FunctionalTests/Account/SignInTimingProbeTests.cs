using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyReview.Data.Identity;
using PartyReview.Web.Features.Account;

namespace PartyReview.FunctionalTests.Account;

/// <summary>
/// The scripted probe of #15's "done when": signing in with a known email and a wrong password, with an unknown email,
/// with a locked account and with a deactivated one takes the same time (median and trimmed mean within 20 ms of the
/// unknown email's) and shows the same page text. Every path is warmed up first (untimed posts of each case, then a
/// pause for the JIT's background recompilation), then the cases are timed interleaved over many rounds. The figures are
/// written to the test output; see docs/reliability.md, "Sign-in timing".
/// </summary>
public sealed partial class SignInTimingProbeTests(SignInTimingProbeTests.ProbeFactory factory) : IClassFixture<SignInTimingProbeTests.ProbeFactory>
{
    /// <summary>Untimed posts of each case, one case after the other, before any timing.</summary>
    private const int WarmUpPerCase = 40;

    /// <summary>Timed rounds, each posting every case once, in a rotating order.</summary>
    private const int Rounds = 60;

    /// <summary>The share of the fastest and of the slowest times left out of the trimmed mean, at each end.</summary>
    private const double Trim = 0.1;

    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// The app as the tests run it, but with the failed-attempt audit never sampling: the probe's hundreds of failures
    /// would otherwise look like an attack (over 100 in 10 minutes) and be timed on the sampled path, which is not the
    /// one an ordinary visitor meets.
    /// </summary>
    public sealed class ProbeFactory : PartyReviewFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<SignInAuditSampler>();
                services.AddSingleton(new SignInAuditSampler(new NewWindowEveryCall()));
            });
        }

        /// <summary>A clock past the sampler's window at every reading: every failed attempt is audited one by one.</summary>
        private sealed class NewWindowEveryCall : TimeProvider
        {
            private long _calls;

            public override DateTimeOffset GetUtcNow() => DateTimeOffset.UnixEpoch.AddHours(Interlocked.Increment(ref _calls));
        }
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>
    /// The timing probe. Explicit (run it with <c>--explicit on</c>, on a quiet machine): its figures depend on the
    /// machine's load: on a loaded one (CI) a 20 ms bound is not stable.
    /// </summary>
    [Fact(Explicit = true)]
    public async Task Known_unknown_locked_and_deactivated_emails_take_the_same_time_and_read_the_same()
    {
        var (times, pages) = await ProbeAsync(WarmUpPerCase, Rounds, pause: TimeSpan.FromSeconds(2));
        var medians = times.ToDictionary(t => t.Key, t => Median(t.Value));
        var trimmed = times.ToDictionary(t => t.Key, t => TrimmedMean(t.Value, Trim));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Sign-in over {Rounds} rounds after {WarmUpPerCase} warm-up posts of each case (median / {Trim:P0}-trimmed mean): "
            + string.Join(", ", times.Keys.Select(k => $"{k} {Ms(medians[k])} / {Ms(trimmed[k])} ms")));
        AssertSamePage(pages);
        foreach (var name in times.Keys)
        {
            Assert.True(Math.Abs(medians[name] - medians["unknown"]) <= Gap.TotalMilliseconds,
                $"{name}: median {Ms(medians[name])} ms against {Ms(medians["unknown"])} ms for an unknown email");
            Assert.True(Math.Abs(trimmed[name] - trimmed["unknown"]) <= Gap.TotalMilliseconds,
                $"{name}: trimmed mean {Ms(trimmed[name])} ms against {Ms(trimmed["unknown"])} ms for an unknown email");
        }
    }

    [Fact]
    public async Task Known_unknown_locked_and_deactivated_emails_read_the_same_every_time()
    {
        var (_, pages) = await ProbeAsync(warmUpPerCase: 1, rounds: 3, pause: TimeSpan.Zero);
        AssertSamePage(pages);
    }

    private static void AssertSamePage(Dictionary<string, HashSet<string>> pages)
    {
        var text = pages["unknown"].Single();
        Assert.Contains("Thư điện tử hoặc mật khẩu không đúng", text, StringComparison.Ordinal);
        Assert.All(pages, p => Assert.Equal([text], p.Value));
    }

    private async Task<(Dictionary<string, List<double>> Times, Dictionary<string, HashSet<string>> Pages)> ProbeAsync(int warmUpPerCase, int rounds, TimeSpan pause)
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

        async Task<(double Milliseconds, string Page)> PostAsync((string Name, string Email, string Password) attempt)
        {
            await ForgetFailuresAsync("leader@demo.local");
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = attempt.Email, ["Password"] = attempt.Password, ["__RequestVerificationToken"] = token,
            });
            var watch = Stopwatch.StartNew();
            using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form, Token);
            var html = await response.Content.ReadAsStringAsync(Token);
            watch.Stop();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (watch.Elapsed.TotalMilliseconds, Summary(html));
        }

        // Warm-up, untimed: each path in turn, often enough for the JIT to compile its hot methods again optimised
        // (tiered compilation: after 30 calls), then a pause for that background work to finish.
        foreach (var attempt in cases)
        {
            for (var i = 0; i < warmUpPerCase; i++)
            {
                await PostAsync(attempt);
            }
        }

        await Task.Delay(pause, Token);

        for (var round = 0; round < rounds; round++)
        {
            // Interleaved, in a rotating order, so a slow moment of the machine falls on every case alike.
            for (var i = 0; i < cases.Length; i++)
            {
                var attempt = cases[(round + i) % cases.Length];
                var (milliseconds, page) = await PostAsync(attempt);
                times[attempt.Name].Add(milliseconds);
                pages[attempt.Name].Add(page);
            }
        }

        return (times, pages);
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

    /// <summary>The mean of the values left once the <paramref name="trim"/> share of the lowest and of the highest is set aside.</summary>
    private static double TrimmedMean(List<double> values, double trim)
    {
        var sorted = values.Order().ToList();
        var cut = (int)Math.Floor(sorted.Count * trim);
        return sorted.Skip(cut).Take(sorted.Count - (2 * cut)).Average();
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Summary(string html) => ValidationSummary().Match(html).Value;

    [GeneratedRegex("<div class=\"[^\"]*validation-summary-errors[^\"]*\"[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex ValidationSummary();
}
