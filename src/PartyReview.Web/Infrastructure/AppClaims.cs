using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PartyReview.Data.Identity;

namespace PartyReview.Web.Infrastructure;

/// <summary>The claims PartyReview adds to the sign-in cookie: the full name and a Secretary's organization.</summary>
public static class AppClaims
{
    public const string FullName = "partyreview:full_name";
    public const string OrganizationId = "partyreview:organization_id";

    public static string DisplayName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(FullName) ?? user.Identity?.Name ?? "";
    }

    /// <summary>The organization a Secretary is bound to; null for every other account.</summary>
    public static int? BoundOrganizationId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return int.TryParse(user.FindFirstValue(OrganizationId), CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}

internal sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.FullName, user.FullName));
        if (user.OrganizationId is { } organization)
        {
            identity.AddClaim(new Claim(AppClaims.OrganizationId, organization.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
