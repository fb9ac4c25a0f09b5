using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Data.Identity;
using PartyReview.Web.Infrastructure;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Admin.Accounts;

/// <summary>An account's first or new password link: the account and the token to put in the link (shown once).</summary>
public sealed record IssuedLink(string UserId, string Token);

/// <summary>
/// The Admin's changes to accounts: create, edit roles, deactivate, unlock, password links. Every change re-asks the
/// Admin's password and is audited in its own transaction; the last active Admin and the Admin's own Admin role are
/// protected. Refusals are message keys of <see cref="AdminMessages"/>.
/// </summary>
public sealed class AccountAdminService(
    PartyReviewDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    CurrentCommittee currentCommittee,
    TimeProvider clock,
    IOptions<AccountOptions> accountOptions,
    ILogger<AccountAdminService> logger)
{
    public const string Source = "Quản trị tài khoản";

    /// <summary>Creates an account without a password and returns its first password link's token.</summary>
    public async Task<Result<IssuedLink>> CreateAsync(AccountCreateForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ConfirmAsync(actor, form.AdminPassword, "Tạo tài khoản", cancellationToken) is { } refused)
        {
            return Failed.As<IssuedLink>(refused);
        }

        var roles = AccountRoles.Normalize(form.Roles);
        if (await ValidateAsync(form, roles, cancellationToken) is { } invalid)
        {
            return Failed.As<IssuedLink>(invalid);
        }

        var email = form.Email!.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = form.FullName!.Trim(),
            CommitteeId = await currentCommittee.IdAsync(cancellationToken),
            OrganizationId = roles.Contains(AppRoles.Secretary) ? form.OrganizationId : null,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // Identity's own messages, already in the user's language (LocalizedIdentityErrorDescriber).
            return Failed.As<IssuedLink>(nameof(form.Email), AdminMessages.IdentityRefused, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        Succeed(await users.AddToRolesAsync(user, roles));
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Record(user, "Tạo tài khoản", null,
            $"{email}; {user.FullName}; {RoleNames(roles)}{await OrganizationSuffixAsync(user.OrganizationId, cancellationToken)}");
        Record(user, "Cấp liên kết đặt mật khẩu", null, "hiệu lực đến " + Local(ExpiresAt()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Created the account {Email} with roles {Roles}", email, roles);
        return Result.Success(new IssuedLink(user.Id, token));
    }

    /// <summary>Changes the name, roles and organization; refuses self-demotion and leaving no active Admin.</summary>
    public async Task<Result> UpdateAsync(string id, AccountEditForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ConfirmAsync(actor, form.AdminPassword, "Sửa tài khoản", cancellationToken) is { } refused)
        {
            return refused;
        }

        var user = await FindInCommitteeAsync(id, cancellationToken) ?? throw new KeyNotFoundException();
        var roles = AccountRoles.Normalize(form.Roles);
        if (await ValidateAsync(form, roles, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var oldRoles = AccountRoles.Normalize([.. await users.GetRolesAsync(user)]);
        if (users.GetUserId(actor) == id && oldRoles.Contains(AppRoles.Admin) && !roles.Contains(AppRoles.Admin))
        {
            return Result.Fail(nameof(form.Roles), AdminMessages.OwnAdminRole);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fullName = form.FullName!.Trim();
        if (fullName != user.FullName)
        {
            Record(user, "Họ và tên", user.FullName, fullName);
            user.FullName = fullName;
        }

        var organizationId = roles.Contains(AppRoles.Secretary) ? form.OrganizationId : null;
        var sessionsEnd = false;
        if (organizationId != user.OrganizationId)
        {
            Record(user, "Tổ chức của bí thư",
                await OrganizationCodeAsync(user.OrganizationId, cancellationToken), await OrganizationCodeAsync(organizationId, cancellationToken));
            user.OrganizationId = organizationId;
            sessionsEnd = true;
        }

        if (!roles.SequenceEqual(oldRoles))
        {
            Succeed(await users.RemoveFromRolesAsync(user, oldRoles.Except(roles)));
            Succeed(await users.AddToRolesAsync(user, roles.Except(oldRoles)));
            Record(user, "Vai trò", RoleNames(oldRoles), RoleNames(roles));
            sessionsEnd = true;
        }

        Succeed(await users.UpdateAsync(user));
        if (sessionsEnd)
        {
            // The cookie carries the roles and the organization: the account's sessions must sign in again.
            Succeed(await users.UpdateSecurityStampAsync(user));
        }

        if (await ActiveAdminsAsync(cancellationToken) == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Result.Fail(nameof(form.Roles), AdminMessages.AdminNeeded);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Updated the account {Email}: roles {Roles}, organization {OrganizationId}", user.Email, roles, organizationId);
        return Result.Ok;
    }

    /// <summary>Deactivates (never deletes) or reactivates an account; the last active Admin stays active.</summary>
    public async Task<Result> SetActiveAsync(string id, bool active, ConfirmForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var action = active ? "Kích hoạt lại tài khoản" : "Vô hiệu hóa tài khoản";
        if (await ConfirmAsync(actor, form.AdminPassword, action, cancellationToken) is { } refused)
        {
            return refused;
        }

        var user = await FindInCommitteeAsync(id, cancellationToken) ?? throw new KeyNotFoundException();
        if (user.IsActive == active)
        {
            return Result.Ok;
        }

        if (!active && await users.IsInRoleAsync(user, AppRoles.Admin) && await ActiveAdminsAsync(cancellationToken) <= 1)
        {
            return Result.Fail(null, AdminMessages.LastAdmin);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.IsActive = active;
        Succeed(await users.UpdateAsync(user));
        Succeed(await users.UpdateSecurityStampAsync(user));
        if (await ActiveAdminsAsync(cancellationToken) == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Result.Fail(null, AdminMessages.LastAdmin);
        }

        Record(user, "Trạng thái", active ? "đã vô hiệu hóa" : "đang hoạt động", active ? "đang hoạt động" : "đã vô hiệu hóa");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogWarning("{Action}: {Email}", action, user.Email);
        return Result.Ok;
    }

    public async Task<Result> UnlockAsync(string id, ConfirmForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ConfirmAsync(actor, form.AdminPassword, "Mở khóa tài khoản", cancellationToken) is { } refused)
        {
            return refused;
        }

        var user = await FindInCommitteeAsync(id, cancellationToken) ?? throw new KeyNotFoundException();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lockedUntil = user.LockoutEnd;
        Succeed(await users.SetLockoutEndDateAsync(user, null));
        Succeed(await users.ResetAccessFailedCountAsync(user));
        Record(user, "Mở khóa tài khoản", lockedUntil is { } until ? "khóa đến " + Local(until) : "không khóa", "không khóa");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Unlocked the account {Email}", user.Email);
        return Result.Ok;
    }

    /// <summary>A new one-time password link; earlier links and the account's sessions stop working.</summary>
    public async Task<Result<IssuedLink>> IssueResetLinkAsync(string id, ConfirmForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ConfirmAsync(actor, form.AdminPassword, "Cấp liên kết đặt mật khẩu", cancellationToken) is { } refused)
        {
            return Failed.As<IssuedLink>(refused);
        }

        var user = await FindInCommitteeAsync(id, cancellationToken) ?? throw new KeyNotFoundException();
        if (!user.IsActive)
        {
            return Failed.As<IssuedLink>(null, AdminMessages.LinkForInactive);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Succeed(await users.UpdateSecurityStampAsync(user));
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Record(user, "Cấp liên kết đặt mật khẩu", null, "hiệu lực đến " + Local(ExpiresAt()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogWarning("Issued a password link for {Email}", user.Email);
        return Result.Success(new IssuedLink(user.Id, token));
    }

    /// <summary>When a link issued now stops working.</summary>
    public DateTimeOffset ExpiresAt() => clock.GetUtcNow() + accountOptions.Value.ResetLinkLifetime;

    /// <summary>The Admin's password, asked again; a wrong one counts towards the Admin's own lockout and is audited.</summary>
    private async Task<Result?> ConfirmAsync(ClaimsPrincipal actor, string password, string action, CancellationToken cancellationToken)
    {
        var admin = await users.GetUserAsync(actor) ?? throw new InvalidOperationException("No signed-in user.");
        var result = await signIn.CheckPasswordSignInAsync(admin, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return null;
        }

        Record(admin, "Xác nhận mật khẩu thất bại", null, action);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("{Email} failed the password confirmation for {Action}", admin.Email, action);
        return Result.Fail(nameof(ConfirmForm.AdminPassword), result.IsLockedOut ? AdminMessages.ConfirmLockedOut : AdminMessages.ConfirmWrong);
    }

    private async Task<Result?> ValidateAsync(AccountEditForm form, List<string> roles, CancellationToken cancellationToken)
    {
        var errors = new List<ResultError>();
        if (roles.Count == 0)
        {
            errors.Add(new ResultError(nameof(form.Roles), AdminMessages.ChooseRole));
        }

        if (roles.Contains(AppRoles.Secretary))
        {
            var committeeId = await currentCommittee.IdAsync(cancellationToken);
            if (form.OrganizationId is not { } organizationId)
            {
                errors.Add(new ResultError(nameof(form.OrganizationId), AdminMessages.SecretaryNeedsOrganization));
            }
            else if (committeeId is null || !await db.Organizations.AnyAsync(o => o.Id == organizationId && o.CommitteeId == committeeId, cancellationToken))
            {
                errors.Add(new ResultError(nameof(form.OrganizationId), AdminMessages.OrganizationOutside));
            }
        }

        return errors.Count == 0 ? null : Result.Fail(errors);
    }

    /// <summary>An account of the current committee (tracked, for the user manager); another committee's is unknown here.</summary>
    private async Task<AppUser?> FindInCommitteeAsync(string id, CancellationToken cancellationToken)
    {
        var committeeId = await currentCommittee.IdAsync(cancellationToken);
        return await db.Users.SingleOrDefaultAsync(u => u.Id == id && u.CommitteeId == committeeId, cancellationToken);
    }

    /// <summary>The committee's active Admins: each committee keeps at least one.</summary>
    private async Task<int> ActiveAdminsAsync(CancellationToken cancellationToken)
    {
        var adminRole = await AccountRoles.IdOfAsync(db, AppRoles.Admin, cancellationToken);
        var committeeId = await currentCommittee.IdAsync(cancellationToken);
        return await db.Users.CountAsync(
            u => u.IsActive && u.CommitteeId == committeeId && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRole), cancellationToken);
    }

    /// <summary>The account's role names as the audit log records them.</summary>
    private static string RoleNames(IEnumerable<string> roles)
    {
        var names = roles.Select(r => r switch
        {
            AppRoles.Admin => "Quản trị hệ thống",
            AppRoles.Staff => "Cán bộ Ban Tổ chức",
            AppRoles.Leader => "Lãnh đạo",
            AppRoles.Clerk => "Văn thư",
            AppRoles.Secretary => "Bí thư",
            _ => r,
        }).ToList();
        return names.Count == 0 ? "không có" : string.Join(", ", names);
    }

    private async Task<string?> OrganizationCodeAsync(int? organizationId, CancellationToken cancellationToken) =>
        organizationId is { } id ? await db.Organizations.Where(o => o.Id == id).Select(o => o.Code + " " + o.Name).FirstOrDefaultAsync(cancellationToken) : null;

    private async Task<string> OrganizationSuffixAsync(int? organizationId, CancellationToken cancellationToken) =>
        await OrganizationCodeAsync(organizationId, cancellationToken) is { } organization ? "; " + organization : "";

    /// <summary>One audit line of an account, written by the next SaveChanges.</summary>
    private void Record(AppUser user, string action, string? oldValue, string? newValue) =>
        db.Audit.Record(new AuditRecord(AccountAudit.Account, user.Id, action, oldValue, newValue) { Source = $"{Source}: {user.Email}" });

    private static string Local(DateTimeOffset time) => time.ToLocalTime().ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static void Succeed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
