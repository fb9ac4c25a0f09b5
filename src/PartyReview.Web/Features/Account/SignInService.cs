using Microsoft.AspNetCore.Identity;
using PartyReview.Data.Identity;
using PartyReview.Web.Infrastructure.Security;

namespace PartyReview.Web.Features.Account;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Wrong email or password, locked, or deactivated: the visitor is told the same; the audit keeps the truth.</summary>
    Refused,

    /// <summary>Too many attempts on this account: 429.</summary>
    Throttled,
}

/// <summary>
/// Signing in so that nothing is revealed: an unknown email, a wrong password, a locked and a deactivated account
/// all do the same work (one password hash) and read the same to the visitor. Deactivated accounts count failures
/// toward lockout like any other. Attempts per account are throttled whatever address they come from.
/// </summary>
public sealed class SignInService(
    SignInManager<AppUser> signIn,
    UserManager<AppUser> users,
    IPasswordHasher<AppUser> hasher,
    AccountThrottle throttle,
    ProfileService profiles,
    SignInAuditSampler sampler,
    ILogger<SignInService> logger)
{
    private static readonly AppUser Nobody = new() { UserName = "nobody", Email = "nobody@invalid", FullName = "" };
    private static string? _dummyHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!throttle.TryAttempt(email))
        {
            logger.LogWarning("Sign-in attempts on {Email} throttled", email);
            await RecordFailureAsync(email, null, "quá nhiều lần thử trong thời gian ngắn", http);
            return SignInOutcome.Throttled;
        }

        var user = await users.FindByEmailAsync(email);
        string detail;
        var countFailure = false;
        if (user is null)
        {
            // The same work as a real check, so that the answer's timing says nothing about the email.
            _dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
            detail = "không có tài khoản với thư điện tử này";
        }
        else if (!user.IsActive)
        {
            var right = await users.CheckPasswordAsync(user, password);
            countFailure = true;
            detail = right ? "tài khoản đã bị vô hiệu hóa (mật khẩu đúng)" : "tài khoản đã bị vô hiệu hóa, sai mật khẩu";
        }
        else if (await users.IsLockedOutAsync(user))
        {
            var right = await users.CheckPasswordAsync(user, password);
            detail = right ? "tài khoản đang bị khóa tạm thời (mật khẩu đúng)" : "tài khoản đang bị khóa tạm thời, sai mật khẩu";
        }
        else if (await users.CheckPasswordAsync(user, password))
        {
            if (await users.GetAccessFailedCountAsync(user) > 0)
            {
                await users.ResetAccessFailedCountAsync(user);
            }

            await signIn.SignInAsync(user, remember);
            logger.LogInformation("Signed in {Email}", email);
            await profiles.RecordSignInAsync(email, user.Id, succeeded: true, "thành công", http);
            return SignInOutcome.SignedIn;
        }
        else
        {
            countFailure = true;
            detail = await users.GetAccessFailedCountAsync(user) + 1 >= users.Options.Lockout.MaxFailedAccessAttempts
                ? "sai mật khẩu, tài khoản bị khóa tạm thời"
                : "sai mật khẩu";
        }

        logger.LogWarning("Sign-in failed for {Email}: {Detail}", email, detail);
        if (countFailure)
        {
            // One write whatever the email: the failure's audit line goes with the account's failure count, in
            // Identity's save, as an unknown email's line goes alone.
            if (sampler.ShouldRecord(out var skipped))
            {
                profiles.QueueSignIn(email, user!.Id, succeeded: false, WithSkipped(detail, skipped), http);
            }

            await users.AccessFailedAsync(user!);
        }
        else
        {
            await RecordFailureAsync(email, user?.Id, detail, http);
        }

        return SignInOutcome.Refused;
    }

    private async Task RecordFailureAsync(string email, string? userId, string detail, HttpContext http)
    {
        if (sampler.ShouldRecord(out var skipped))
        {
            await profiles.RecordSignInAsync(email, userId, succeeded: false, WithSkipped(detail, skipped), http);
        }
    }

    private static string WithSkipped(string detail, int skipped) =>
        skipped > 0 ? $"{detail}; và {skipped} lần thất bại khác không ghi riêng" : detail;
}

/// <summary>
/// Keeps failed sign-in lines bounded under attack: up to <see cref="FullRecordsPerWindow"/> a window are written one
/// by one; past that, one line in <see cref="SampleEvery"/> is written and says how many it stands for.
/// </summary>
public sealed class SignInAuditSampler(TimeProvider clock)
{
    public const int FullRecordsPerWindow = 100;
    public const int SampleEvery = 20;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _inWindow;
    private int _skipped;

    public bool ShouldRecord(out int skipped)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (now - _windowStart > Window)
            {
                (_windowStart, _inWindow) = (now, 0);
            }

            _inWindow++;
            if (_inWindow <= FullRecordsPerWindow || _skipped + 1 >= SampleEvery)
            {
                skipped = _skipped;
                _skipped = 0;
                return true;
            }

            _skipped++;
            skipped = 0;
            return false;
        }
    }
}
