using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyReview.Data.Identity;

namespace PartyReview.FunctionalTests.Account;

/// <summary>Sign-in reveals nothing: the same words and the same work whatever the account's state.</summary>
public sealed partial class SignInSecurityTests(SignInSecurityTests.CountingFactory factory) : IClassFixture<SignInSecurityTests.CountingFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unknown_email_wrong_password_locked_and_deactivated_read_the_same_and_hash_once_each()
    {
        // A locked account and a deactivated one of our own.
        using var client = factory.CreateBrowserLikeClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await PartyReviewFactory.PostLoginAsync(client, "clerk@demo.local", $"Sai-{attempt}")).Dispose();
        }

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var secretary = (await users.FindByEmailAsync("secretary@demo.local"))!;
            secretary.IsActive = false;
            await users.UpdateAsync(secretary);
        }

        var cases = new[]
        {
            ("khong.co.ai@example.org", "PartyReview@2019"),
            ("leader@demo.local", "Sai-mat-khau"),
            ("clerk@demo.local", "PartyReview@2019"),
            ("secretary@demo.local", "PartyReview@2019"),
        };
        var pages = new List<string>();
        foreach (var (email, password) in cases)
        {
            var before = factory.Hasher.Verifications;
            using var response = await PartyReviewFactory.PostLoginAsync(client, email, password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1, factory.Hasher.Verifications - before);
            pages.Add(Summary(await response.Content.ReadAsStringAsync(Cancel)));
        }

        Assert.Contains("Thư điện tử hoặc mật khẩu không đúng", pages[0], StringComparison.Ordinal);
        Assert.All(pages, page => Assert.Equal(pages[0], page));
    }

    private static string Summary(string html) => ValidationSummary().Match(html).Value;

    [GeneratedRegex("<div class=\"[^\"]*validation-summary-errors[^\"]*\"[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex ValidationSummary();

    /// <summary>The app with a password hasher that counts its verifications.</summary>
    public sealed class CountingFactory : PartyReviewFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IPasswordHasher<AppUser>>();
                services.AddSingleton<IPasswordHasher<AppUser>>(Hasher);
            });
        }
    }

    public sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> _inner = new();
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>The shipped limits: five credential attempts a minute per address and per account.</summary>
public sealed class ThrottleTests(ThrottleTests.StrictFactory factory) : IClassFixture<ThrottleTests.StrictFactory>
{
    [Fact]
    public async Task The_sixth_rapid_attempt_from_one_address_gets_429_with_a_Vietnamese_page()
    {
        using var client = factory.CreateBrowserLikeClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var refused = await PartyReviewFactory.PostLoginAsync(client, $"khach{attempt}@example.org", "Sai-mat-khau");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var sixth = await PartyReviewFactory.PostLoginAsync(client, "khach5@example.org", "Sai-mat-khau");
        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.True(sixth.Headers.Contains("Retry-After"));
        var html = await sixth.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Quá nhiều lần thử", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"vi\"", html, StringComparison.Ordinal);
    }

    public sealed class StrictFactory : PartyReviewFactory
    {
        protected override bool RealCredentialLimits => true;
    }
}
