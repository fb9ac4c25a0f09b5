using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using PartyReview.Data;
using PartyReview.Data.Identity;
using PartyReview.Data.Auditing;

namespace PartyReview.Web.Infrastructure;

/// <summary>Settings of the accounts feature (section "Accounts" of the configuration).</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>How long a password link handed over by the Admin stays valid.</summary>
    public TimeSpan ResetLinkLifetime { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>A deactivated account cannot sign in, whatever its password.</summary>
public sealed class AppSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsActive && await base.CanSignInAsync(user);
    }
}

/// <summary>
/// The one-time password link the Admin hands over: the token carries its creation time (from the app's
/// <see cref="TimeProvider"/>, so tests can move the clock), the account, the purpose and the account's security stamp.
/// Setting the password changes the stamp, so a link works once; issuing a new link changes it too, so only the newest works.
/// </summary>
public sealed class ResetLinkTokenProvider(IDataProtectionProvider protection, TimeProvider clock, IOptions<AccountOptions> options)
    : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "ResetLink";

    private readonly IDataProtector _protector = protection.CreateProtector("PartyReview.ResetLink");

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(false);

    public async Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var payload = string.Join('\n',
            clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture),
            await manager.GetUserIdAsync(user),
            purpose,
            await manager.GetSecurityStampAsync(user) ?? "");
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }

        if (parts.Length != 4 || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        var created = new DateTimeOffset(ticks, TimeSpan.Zero);
        return created + options.Value.ResetLinkLifetime >= clock.GetUtcNow()
            && parts[1] == await manager.GetUserIdAsync(user)
            && parts[2] == purpose
            && parts[3] == (await manager.GetSecurityStampAsync(user) ?? "");
    }
}

/// <summary>Identity's messages in the user's language (Vietnamese by default).</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> text, IOptions<IdentityOptions> options) : IdentityErrorDescriber
{
    private IdentityError Error(string code, params object[] arguments) => new() { Code = code, Description = text["Identity." + code, arguments] };

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), email);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateEmail), userName);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), email ?? "");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidEmail), userName ?? "");
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken));
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);
    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled));
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));
    public override IdentityError DefaultError() => Error(nameof(DefaultError));
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), role);
    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), role ?? "");
    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated));
    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed));
    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword));
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), role);
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), role);

    /// <summary>The policy in words, for the forms that set a password.</summary>
    public string PolicyHint() => text["Identity.PasswordPolicy", options.Value.Password.RequiredLength];
}

/// <summary>What the audit log calls the account and settings actions, and the sign-ins.</summary>
public static class AccountAudit
{
    /// <summary>EntityType of account changes; EntityId is the account's id.</summary>
    public const string Account = "AppUser";

    /// <summary>EntityType of sign-ins (successful or not); EntityId is the account's id, or "-" for an unknown email.</summary>
    public const string SignIn = "SignIn";

    /// <summary>EntityType of the committee's settings.</summary>
    public const string Committee = "Committee";

    public const string SignedIn = "Đăng nhập";
    public const string SignInFailed = "Đăng nhập thất bại";

    /// <summary>A sign-in line: written for an anonymous request, so the user is the email typed.</summary>
    public static AuditRecord SignInRecord(string email, string? userId, bool succeeded, string detail, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "?";
        return new AuditRecord(SignIn, userId ?? "-", succeeded ? SignedIn : SignInFailed, null, $"{detail} (IP {address})")
        {
            UserName = email,
            Source = http.Request.Headers.UserAgent.ToString(),
        };
    }

    /// <summary>Writes one sign-in line on its own (the sign-in itself is Identity's save).</summary>
    public static async Task WriteSignInAsync(PartyReviewDbContext db, AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Audit.Record(record);
        await db.SaveChangesAsync(cancellationToken);
    }
}
