using System.Security.Claims;
using PartyReview.Data.Identity;

namespace PartyReview.Web.Infrastructure;

/// <summary>Which organizations a user may see: all, or for a Secretary only the one their account is bound to.</summary>
public static class OrganizationScope
{
    /// <summary>True for a Secretary without a committee-wide role: their view is limited to one organization.</summary>
    public static bool IsLimitedToOneOrganization(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(AppRoles.Secretary)
            && !(user.IsInRole(AppRoles.Admin) || user.IsInRole(AppRoles.Staff) || user.IsInRole(AppRoles.Leader) || user.IsInRole(AppRoles.Clerk));
    }

    public static bool CanAccessOrganization(this ClaimsPrincipal user, int organizationId) =>
        !user.IsLimitedToOneOrganization() || user.BoundOrganizationId() == organizationId;

    /// <summary>Whether the user's saves are proposals (a Secretary) rather than staff decisions.</summary>
    public static bool ProposesOnly(this ClaimsPrincipal user) => user.IsLimitedToOneOrganization();
}
