using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Identity;

namespace PartyReview.Web.Infrastructure;

/// <summary>The demo accounts, created in Development only, all with the same documented password.</summary>
public static class DemoAccounts
{
    public const string Password = "PartyReview@2019";

    /// <summary>The organization the demo Secretary is bound to (Đảng bộ Sở Tài chính).</summary>
    public const string SecretaryOrganizationCode = "TCCS02";

    /// <summary>
    /// The chi bộ trực thuộc the demo account <c>secretary.chibo@demo.local</c> is Secretary of (Chi bộ Văn phòng Sở Tài
    /// nguyên và Môi trường, inside TCCS09 "Đảng bộ Sở Tài nguyên và Môi trường"; see DemoPlan.AffiliatedCells).
    /// </summary>
    public const string AffiliatedCellSecretaryOrganizationCode = "TCCS09-CB1";

    public const string AffiliatedCellSecretaryEmail = "secretary.chibo@demo.local";

    public static IReadOnlyList<(string Email, string FullName, string Role)> All { get; } =
    [
        ("admin@demo.local", "Quản trị hệ thống", AppRoles.Admin),
        ("staff@demo.local", "Trần Thị Thu Hà", AppRoles.Staff),
        ("leader@demo.local", "Nguyễn Văn Hùng", AppRoles.Leader),
        ("clerk@demo.local", "Lê Thị Mai", AppRoles.Clerk),
        ("secretary@demo.local", "Phạm Quang Minh", AppRoles.Secretary),
        (AffiliatedCellSecretaryEmail, "Đỗ Thị Lan", AppRoles.Secretary),
        ("staff.khoidn@demo.local", "Võ Thị Hồng", AppRoles.Staff),
        ("province@demo.local", "Hoàng Văn Bình", AppRoles.Province),
    ];

    /// <summary>The accounts of the demo's second committee; every other committee account works for the first one.</summary>
    public static IReadOnlySet<string> SecondCommitteeAccounts { get; } = new HashSet<string>(StringComparer.Ordinal) { "staff.khoidn@demo.local" };

    public static async Task EnsureAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        var db = services.GetRequiredService<PartyReviewDbContext>();
        await EnsureRolesAsync(roles);
        var committees = await db.Committees.OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync();
        var first = committees.Count > 0 ? committees[0] : (int?)null;
        var second = committees.Count > 1 ? committees[1] : first;
        var secretaryOrganization = await db.Organizations
            .Where(o => o.Code == SecretaryOrganizationCode && o.CommitteeId == first).Select(o => (int?)o.Id).FirstOrDefaultAsync();
        var cellSecretaryOrganization = await db.Organizations
            .Where(o => o.Code == AffiliatedCellSecretaryOrganizationCode && o.CommitteeId == first).Select(o => (int?)o.Id).FirstOrDefaultAsync();
        foreach (var (email, fullName, role) in All)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FullName = fullName,
                CommitteeId = role == AppRoles.Province ? null : SecondCommitteeAccounts.Contains(email) ? second : first,
                OrganizationId = role != AppRoles.Secretary ? null
                    : email == AffiliatedCellSecretaryEmail ? cellSecretaryOrganization : secretaryOrganization,
            };
            ThrowIfFailed(await users.CreateAsync(user, Password));
            ThrowIfFailed(await users.AddToRoleAsync(user, role));
        }
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var role in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    internal static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
