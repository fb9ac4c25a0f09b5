using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Data.Identity;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Account;

/// <summary>What every user does with their own account: read it, change the password, set it from a handed-over link.</summary>
public sealed class ProfileService(
    PartyReviewDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IdentityErrorDescriber describer,
    IAuditContext audit,
    ILogger<ProfileService> logger)
{
    public const int RecentSignIns = 20;

    public async Task<ProfileViewModel?> GetAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return null;
        }

        var signIns = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AccountAudit.SignIn && a.EntityId == user.Id)
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(RecentSignIns)
            .Select(a => new SignInLine(a.OccurredAt, a.Field == AccountAudit.SignedIn, a.NewValue, a.Source))
            .ToListAsync(cancellationToken);
        return new ProfileViewModel
        {
            Email = user.Email ?? "",
            FullName = user.FullName,
            Roles = [.. await users.GetRolesAsync(user)],
            OrganizationName = user.OrganizationId is { } id
                ? await db.Organizations.Where(o => o.Id == id).Select(o => o.Code + " – " + o.Name).FirstOrDefaultAsync(cancellationToken)
                : null,
            RecentSignIns = signIns,
            PasswordPolicy = PolicyHint(),
        };
    }

    /// <summary>Changes the signed-in user's password (the current one is required); returns the errors, empty when done.</summary>
    public async Task<IReadOnlyList<string>> ChangePasswordAsync(ClaimsPrincipal principal, ChangePasswordForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await users.GetUserAsync(principal) ?? throw new InvalidOperationException("No signed-in user.");

        // A wrong current password counts toward lockout, like a wrong password at sign-in.
        if (!await users.CheckPasswordAsync(user, form.CurrentPassword))
        {
            await users.AccessFailedAsync(user);
            return [describer.PasswordMismatch().Description];
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        db.Audit.Record(new AuditRecord(AccountAudit.Account, user.Id, "Đổi mật khẩu", null, user.Email));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The new security stamp would end this session at the next check: renew this one, others end.
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("{Email} changed their password", user.Email);
        return [];
    }

    /// <summary>The email of the account a link is for, when the link is valid, unused, unexpired and the account active.</summary>
    public async Task<string?> CheckLinkAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || await users.FindByIdAsync(userId) is not { IsActive: true } user)
        {
            return null;
        }

        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token);
        return valid ? user.Email : null;
    }

    /// <summary>Sets the password from a link (which then stops working) and lifts a lockout; returns the errors.</summary>
    public async Task<IReadOnlyList<string>> ResetPasswordAsync(ResetPasswordForm form, HttpContext http, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(http);
        var user = await users.FindByIdAsync(form.UserId ?? "");
        if (user is not { IsActive: true })
        {
            return [describer.InvalidToken().Description];
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.ResetPasswordAsync(user, form.Token ?? "", form.NewPassword);
        if (!result.Succeeded)
        {
            return [.. result.Errors.Select(e => e.Description)];
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Source = "Liên kết đặt mật khẩu do quản trị viên cấp";
        db.Audit.Record(new AuditRecord(AccountAudit.Account, user.Id, "Đặt mật khẩu bằng liên kết", null, user.Email)
        {
            UserName = user.Email ?? user.Id,
            Source = $"{audit.Source} (IP {http.Connection.RemoteIpAddress})",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("{Email} set a password with a handed-over link", user.Email);
        return [];
    }

    /// <summary>Writes a sign-in line to the audit log (successful or not).</summary>
    public Task RecordSignInAsync(string email, string? userId, bool succeeded, string detail, HttpContext http) =>
        AccountAudit.WriteSignInAsync(db, AccountAudit.SignInRecord(email, userId, succeeded, detail, http), http.RequestAborted);

    /// <summary>A sign-in line written with the context's next save (Identity's own, when it counts a failure).</summary>
    public void QueueSignIn(string email, string? userId, bool succeeded, string detail, HttpContext http) =>
        db.Audit.Record(AccountAudit.SignInRecord(email, userId, succeeded, detail, http));

    public string PolicyHint() => describer is LocalizedIdentityErrorDescriber localized ? localized.PolicyHint() : "";
}
