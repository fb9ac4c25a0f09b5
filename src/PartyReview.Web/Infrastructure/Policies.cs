using Microsoft.AspNetCore.Authorization;
using PartyReview.Data.Identity;

namespace PartyReview.Web.Infrastructure;

/// <summary>
/// The authorization policies. Every endpoint needs a signed-in user (the fallback policy);
/// these narrow it down by role.
/// </summary>
public static class Policies
{
    /// <summary>Committee-wide reports and dashboards: everyone but a Secretary, who sees only their organization.</summary>
    public const string ReadCommitteeReports = nameof(ReadCommitteeReports);

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ReadCommitteeReports, p => p.RequireRole(AppRoles.Admin, AppRoles.Staff, AppRoles.Leader, AppRoles.Clerk));
    }
}
