using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Data.Identity;
using PartyReview.Domain.Auditing;
using PartyReview.Web.Features.Account;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Admin.Accounts;

/// <summary>
/// The Admin's account management: list, create, edit roles, deactivate, unlock, password links. Every change is
/// audited in its own transaction; the last active Admin and the Admin's own Admin role are protected.
/// </summary>
public sealed class AccountAdminService(
    PartyReviewDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    CurrentCommittee currentCommittee,
    IAuditContext audit,
    TimeProvider clock,
    IOptions<AccountOptions> accountOptions,
    ILogger<AccountAdminService> logger)
{
    public const string Source = "Quản trị tài khoản";

    public async Task<PagedList<AccountLine>> ListAsync(AccountFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var accounts = db.Users.AsNoTracking();
        accounts = filter.Status switch
        {
            "inactive" => accounts.Where(u => !u.IsActive),
            "all" => accounts,
            _ => accounts.Where(u => u.IsActive),
        };

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var text = filter.Q.Trim();
            var upper = text.ToUpperInvariant();
            accounts = accounts.Where(u => u.FullName.Contains(text) || u.NormalizedEmail!.Contains(upper));
        }

        if (AppRoles.All.Contains(filter.Role))
        {
            var roleId = await RoleIdAsync(filter.Role!, cancellationToken);
            accounts = accounts.Where(u => db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId));
        }

        if (filter.OrganizationId is { } organizationId)
        {
            accounts = accounts.Where(u => u.OrganizationId == organizationId);
        }

        if (filter.Locked)
        {
            // Few accounts carry a lockout date; which of them are locked now is decided here (SQLite cannot compare offsets).
            var now = clock.GetUtcNow();
            var candidates = await db.Users.AsNoTracking().Where(u => u.LockoutEnd != null)
                .Select(u => new { u.Id, u.LockoutEnd }).ToListAsync(cancellationToken);
            var locked = candidates.Where(c => c.LockoutEnd > now).Select(c => c.Id).ToList();
            accounts = accounts.Where(u => locked.Contains(u.Id));
        }

        var page = Paging.Clamp(filter.Page);
        var total = await accounts.CountAsync(cancellationToken);
        var rows = await accounts
            .OrderBy(u => u.NormalizedEmail)
            .Skip((page - 1) * Paging.DefaultPageSize).Take(Paging.DefaultPageSize)
            .Select(u => new
            {
                u.Id, u.Email, u.FullName, u.IsActive, u.LockoutEnd, HasPassword = u.PasswordHash != null,
                Organization = db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.Code + " – " + o.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var roles = await RolesOfAsync([.. rows.Select(r => r.Id)], cancellationToken);
        var nowUtc = clock.GetUtcNow();
        var lines = rows.Select(r => new AccountLine(
            r.Id, r.Email ?? "", r.FullName, roles.GetValueOrDefault(r.Id, []), r.Organization, r.IsActive,
            r.LockoutEnd > nowUtc ? r.LockoutEnd : null, r.HasPassword)).ToList();
        return new PagedList<AccountLine>(lines, page, Paging.DefaultPageSize, total);
    }

    /// <summary>The committee's organizations for the Secretary's binding, by code.</summary>
    public async Task<IReadOnlyList<OrganizationOption>> OrganizationsAsync(CancellationToken cancellationToken = default)
    {
        var committee = await currentCommittee.GetAsync(cancellationToken);
        var committeeId = committee?.Id ?? -1;
        return await db.Organizations.AsNoTracking().Where(o => o.CommitteeId == committeeId)
            .OrderBy(o => o.Code)
            .Select(o => new OrganizationOption(o.Id, o.Code + " – " + o.Name))
            .ToListAsync(cancellationToken);
    }

    public async Task<AccountDetailsViewModel?> GetAsync(string id, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = (await RolesOfAsync([id], cancellationToken)).GetValueOrDefault(id, []);
        var signIns = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == AccountAudit.SignIn && a.EntityId == id)
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(ProfileService.RecentSignIns)
            .Select(a => new SignInLine(a.OccurredAt, a.Field == AccountAudit.SignedIn, a.NewValue, a.Source))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new AccountDetailsViewModel
        {
            Id = user.Id,
            Email = user.Email ?? "",
            Roles = roles,
            OrganizationName = user.OrganizationId is { } organizationId
                ? await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Code + " – " + o.Name).FirstOrDefaultAsync(cancellationToken)
                : null,
            IsActive = user.IsActive,
            LockedUntil = user.LockoutEnd > now ? user.LockoutEnd : null,
            FailedAttempts = user.AccessFailedCount,
            HasPassword = user.PasswordHash is not null,
            IsSelf = users.GetUserId(actor) == user.Id,
            Form = new AccountEditForm { FullName = user.FullName, Roles = [.. roles], OrganizationId = user.OrganizationId },
            Organizations = await OrganizationsAsync(cancellationToken),
            RecentSignIns = signIns,
            History = await History.ReadAsync(db, a => a.EntityType == AccountAudit.Account && a.EntityId == id, cancellationToken),
        };
    }

    /// <summary>Creates an account without a password and returns its first password link's token.</summary>
    public async Task<AccountResult> CreateAsync(AccountCreateForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ConfirmAsync(actor, form.AdminPassword, "Tạo tài khoản", cancellationToken) is { } refused)
        {
            return refused;
        }

        var roles = Normalize(form.Roles);
        if (await ValidateAsync(form, roles, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var email = form.Email!.Trim();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = form.FullName!.Trim(),
            OrganizationId = roles.Contains(AppRoles.Secretary) ? form.OrganizationId : null,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return AccountResult.Fail(nameof(form.Email), string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        Succeed(await users.AddToRolesAsync(user, roles));
        var token = await users.GeneratePasswordResetTokenAsync(user);
        audit.Source = Source;
        db.AuditEntries.Add(Entry(user, "Tạo tài khoản", null,
            $"{email}; {user.FullName}; {RoleNames(roles)}{await OrganizationSuffixAsync(user.OrganizationId, cancellationToken)}"));
        db.AuditEntries.Add(Entry(user, "Cấp liên kết đặt mật khẩu", null, "hiệu lực đến " + Local(ExpiresAt())));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Created the account {Email} with roles {Roles}", email, roles);
        return AccountResult.Ok(user.Id, token);
    }

    /// <summary>Changes the name, roles and organization; refuses self-demotion and leaving no active Admin.</summary>
    public async Task<AccountResult> UpdateAsync(string id, AccountEditForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ConfirmAsync(actor, form.AdminPassword, "Sửa tài khoản", cancellationToken) is { } refused)
        {
            return refused;
        }

        var user = await users.FindByIdAsync(id) ?? throw new KeyNotFoundException();
        var roles = Normalize(form.Roles);
        if (await ValidateAsync(form, roles, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var oldRoles = Normalize([.. await users.GetRolesAsync(user)]);
        if (users.GetUserId(actor) == id && oldRoles.Contains(AppRoles.Admin) && !roles.Contains(AppRoles.Admin))
        {
            return AccountResult.Fail(nameof(form.Roles), "Bạn không thể tự bỏ vai trò Quản trị hệ thống của mình. Hãy nhờ một quản trị viên khác.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        audit.Source = Source;
        var fullName = form.FullName!.Trim();
        if (fullName != user.FullName)
        {
            db.AuditEntries.Add(Entry(user, "Họ và tên", user.FullName, fullName));
            user.FullName = fullName;
        }

        var organizationId = roles.Contains(AppRoles.Secretary) ? form.OrganizationId : null;
        var sessionsEnd = false;
        if (organizationId != user.OrganizationId)
        {
            db.AuditEntries.Add(Entry(user, "Tổ chức của bí thư",
                await OrganizationCodeAsync(user.OrganizationId, cancellationToken), await OrganizationCodeAsync(organizationId, cancellationToken)));
            user.OrganizationId = organizationId;
            sessionsEnd = true;
        }

        if (!roles.SequenceEqual(oldRoles))
        {
            Succeed(await users.RemoveFromRolesAsync(user, oldRoles.Except(roles)));
            Succeed(await users.AddToRolesAsync(user, roles.Except(oldRoles)));
            db.AuditEntries.Add(Entry(user, "Vai trò", RoleNames(oldRoles), RoleNames(roles)));
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
            return AccountResult.Fail(nameof(form.Roles), "Phải còn ít nhất một quản trị viên đang hoạt động.");
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Updated the account {Email}: roles {Roles}, organization {OrganizationId}", user.Email, roles, organizationId);
        return AccountResult.Ok(user.Id);
    }

    /// <summary>Deactivates (never deletes) or reactivates an account; the last active Admin stays active.</summary>
    public async Task<AccountResult> SetActiveAsync(string id, bool active, ConfirmForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var action = active ? "Kích hoạt lại tài khoản" : "Vô hiệu hóa tài khoản";
        if (await ConfirmAsync(actor, form.AdminPassword, action, cancellationToken) is { } refused)
        {
            return refused;
        }

        var user = await users.FindByIdAsync(id) ?? throw new KeyNotFoundException();
        if (user.IsActive == active)
        {
            return AccountResult.Ok(user.Id);
        }

        if (!active && await users.IsInRoleAsync(user, AppRoles.Admin) && await ActiveAdminsAsync(cancellationToken) <= 1)
        {
            return AccountResult.Fail("", "Không thể vô hiệu hóa quản trị viên cuối cùng còn hoạt động.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.IsActive = active;
        Succeed(await users.UpdateAsync(user));
        Succeed(await users.UpdateSecurityStampAsync(user));
        if (await ActiveAdminsAsync(cancellationToken) == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return AccountResult.Fail("", "Không thể vô hiệu hóa quản trị viên cuối cùng còn hoạt động.");
        }

        audit.Source = Source;
        db.AuditEntries.Add(Entry(user, "Trạng thái", active ? "đã vô hiệu hóa" : "đang hoạt động", active ? "đang hoạt động" : "đã vô hiệu hóa"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogWarning("{Action}: {Email}", action, user.Email);
        return AccountResult.Ok(user.Id);
    }

    public async Task<AccountResult> UnlockAsync(string id, ConfirmForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ConfirmAsync(actor, form.AdminPassword, "Mở khóa tài khoản", cancellationToken) is { } refused)
        {
            return refused;
        }

        var user = await users.FindByIdAsync(id) ?? throw new KeyNotFoundException();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lockedUntil = user.LockoutEnd;
        Succeed(await users.SetLockoutEndDateAsync(user, null));
        Succeed(await users.ResetAccessFailedCountAsync(user));
        audit.Source = Source;
        db.AuditEntries.Add(Entry(user, "Mở khóa tài khoản", lockedUntil is { } until ? "khóa đến " + Local(until) : "không khóa", "không khóa"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Unlocked the account {Email}", user.Email);
        return AccountResult.Ok(user.Id);
    }

    /// <summary>A new one-time password link; earlier links and the account's sessions stop working.</summary>
    public async Task<AccountResult> IssueResetLinkAsync(string id, ConfirmForm form, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ConfirmAsync(actor, form.AdminPassword, "Cấp liên kết đặt mật khẩu", cancellationToken) is { } refused)
        {
            return refused;
        }

        var user = await users.FindByIdAsync(id) ?? throw new KeyNotFoundException();
        if (!user.IsActive)
        {
            return AccountResult.Fail("", "Tài khoản đã bị vô hiệu hóa: hãy kích hoạt lại trước khi cấp liên kết.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Succeed(await users.UpdateSecurityStampAsync(user));
        var token = await users.GeneratePasswordResetTokenAsync(user);
        audit.Source = Source;
        db.AuditEntries.Add(Entry(user, "Cấp liên kết đặt mật khẩu", null, "hiệu lực đến " + Local(ExpiresAt())));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogWarning("Issued a password link for {Email}", user.Email);
        return AccountResult.Ok(user.Id, token);
    }

    /// <summary>When a link issued now stops working.</summary>
    public DateTimeOffset ExpiresAt() => clock.GetUtcNow() + accountOptions.Value.ResetLinkLifetime;

    /// <summary>The Admin's password, asked again; a wrong one counts towards the Admin's own lockout and is audited.</summary>
    private async Task<AccountResult?> ConfirmAsync(ClaimsPrincipal actor, string password, string action, CancellationToken cancellationToken)
    {
        var admin = await users.GetUserAsync(actor) ?? throw new InvalidOperationException("No signed-in user.");
        var result = await signIn.CheckPasswordSignInAsync(admin, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return null;
        }

        audit.Source = Source;
        db.AuditEntries.Add(Entry(admin, "Xác nhận mật khẩu thất bại", null, action));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("{Email} failed the password confirmation for {Action}", admin.Email, action);
        return AccountResult.Fail(nameof(ConfirmForm.AdminPassword), result.IsLockedOut
            ? "Nhập sai mật khẩu nhiều lần: tài khoản của bạn tạm bị khóa."
            : "Mật khẩu xác nhận không đúng.");
    }

    private async Task<AccountResult?> ValidateAsync(AccountEditForm form, List<string> roles, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (roles.Count == 0)
        {
            errors[nameof(form.Roles)] = "Hãy chọn ít nhất một vai trò.";
        }

        if (roles.Contains(AppRoles.Secretary))
        {
            var committee = await currentCommittee.GetAsync(cancellationToken);
            if (form.OrganizationId is not { } organizationId)
            {
                errors[nameof(form.OrganizationId)] = "Bí thư phải gắn với đúng một tổ chức cơ sở đảng: hãy chọn tổ chức.";
            }
            else if (committee is null || !await db.Organizations.AnyAsync(o => o.Id == organizationId && o.CommitteeId == committee.Id, cancellationToken))
            {
                errors[nameof(form.OrganizationId)] = "Tổ chức đã chọn không có trong đảng bộ.";
            }
        }

        return errors.Count == 0 ? null : AccountResult.Fail(errors);
    }

    private async Task<int> ActiveAdminsAsync(CancellationToken cancellationToken)
    {
        var adminRole = await RoleIdAsync(AppRoles.Admin, cancellationToken);
        return await db.Users.CountAsync(u => u.IsActive && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == adminRole), cancellationToken);
    }

    private Task<string?> RoleIdAsync(string role, CancellationToken cancellationToken) =>
        db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<Dictionary<string, IReadOnlyList<string>>> RolesOfAsync(List<string> userIds, CancellationToken cancellationToken)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)Normalize([.. g.Select(p => p.Name!)]));
    }

    /// <summary>Known roles only, in the order of <see cref="AppRoles.All"/>.</summary>
    private static List<string> Normalize(IEnumerable<string> roles) => [.. AppRoles.All.Where(roles.Contains)];

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

    private AuditEntry Entry(AppUser user, string action, string? oldValue, string? newValue)
    {
        var entry = audit.Action(clock, AccountAudit.Account, user.Id, action, oldValue, newValue);
        entry.Source = $"{Source}: {user.Email}";
        return entry;
    }

    private static string Local(DateTimeOffset time) => time.ToLocalTime().ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static void Succeed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
