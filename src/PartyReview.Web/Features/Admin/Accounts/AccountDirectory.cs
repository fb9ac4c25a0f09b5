using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Identity;
using PartyReview.Web.Features.Account;
using PartyReview.Web.Infrastructure;

namespace PartyReview.Web.Features.Admin.Accounts;

/// <summary>The Admin's view of the accounts: the filtered list, one account with its sign-ins and history, the organizations to bind.</summary>
public sealed class AccountDirectory(
    PartyReviewDbContext db,
    UserManager<AppUser> users,
    CurrentCommittee currentCommittee,
    TimeProvider clock)
{
    public async Task<PagedList<AccountLine>> ListAsync(AccountFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // A committee's Admin manages that committee's accounts only (a new installation's first Admin, before the
        // committee exists, the accounts bound to none).
        var committeeId = await currentCommittee.IdAsync(cancellationToken);
        var accounts = db.Users.AsNoTracking().Where(u => u.CommitteeId == committeeId);
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

        if (AppRoles.CommitteeRoles.Contains(filter.Role))
        {
            var roleId = await AccountRoles.IdOfAsync(db, filter.Role!, cancellationToken);
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
        var roles = await AccountRoles.OfAsync(db, [.. rows.Select(r => r.Id)], cancellationToken);
        var nowUtc = clock.GetUtcNow();
        var lines = rows.Select(r => new AccountLine(
            r.Id, r.Email ?? "", r.FullName, roles.GetValueOrDefault(r.Id, []), r.Organization, r.IsActive,
            r.LockoutEnd > nowUtc ? r.LockoutEnd : null, r.HasPassword)).ToList();
        return new PagedList<AccountLine>(lines, page, Paging.DefaultPageSize, total);
    }

    /// <summary>The committee's organizations for the Secretary's binding, by code: the first 100 and the selected one.</summary>
    public async Task<AccountOrganizationChoices> OrganizationsAsync(int? selectedId = null, CancellationToken cancellationToken = default)
    {
        if (await currentCommittee.IdAsync(cancellationToken) is not { } committeeId)
        {
            return new([], false);
        }

        const int max = PartyReview.Web.Features.Organizations.OrganizationChoiceModel.MaxOptions;
        var organizations = db.Organizations.AsNoTracking().Where(o => o.CommitteeId == committeeId);
        var first = await organizations.OrderBy(o => o.Code).Take(max + 1)
            .Select(o => new OrganizationOption(o.Id, o.Code + " – " + o.Name))
            .ToListAsync(cancellationToken);
        var options = first.Take(max).ToList();
        if (first.Count > max && selectedId is { } id && options.All(o => o.Id != id)
            && await organizations.Where(o => o.Id == id).Select(o => new OrganizationOption(o.Id, o.Code + " – " + o.Name)).FirstOrDefaultAsync(cancellationToken) is { } selected)
        {
            options.Insert(0, selected);
        }

        return new(options, first.Count > max);
    }

    public async Task<AccountDetailsViewModel?> GetAsync(string id, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var committeeId = await currentCommittee.IdAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.CommitteeId == committeeId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = (await AccountRoles.OfAsync(db, [id], cancellationToken)).GetValueOrDefault(id, []);
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
            Organizations = await OrganizationsAsync(user.OrganizationId, cancellationToken),
            RecentSignIns = signIns,
            History = await History.OfEntityAsync(db, AccountAudit.Account, id, cancellationToken),
        };
    }
}

/// <summary>The roles of accounts, read from Identity's tables, always in the order of <see cref="AppRoles.All"/>.</summary>
internal static class AccountRoles
{
    /// <summary>
    /// Known roles only, in the order of <see cref="AppRoles.All"/>. A committee's Admin gives committee roles only: the
    /// Province role, which reads every committee, is the operator's to give.
    /// </summary>
    public static List<string> Normalize(IEnumerable<string> roles) => [.. AppRoles.CommitteeRoles.Where(roles.Contains)];

    public static Task<string?> IdOfAsync(PartyReviewDbContext db, string role, CancellationToken cancellationToken) =>
        db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    public static async Task<Dictionary<string, IReadOnlyList<string>>> OfAsync(PartyReviewDbContext db, List<string> userIds, CancellationToken cancellationToken)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)Normalize([.. g.Select(p => p.Name!)]));
    }
}
