using Microsoft.AspNetCore.Authorization;
using PartyReview.Data.Identity;

namespace PartyReview.Web.Infrastructure;

/// <summary>
/// The authorization policies. Every endpoint needs a signed-in user (the fallback policy);
/// these narrow it down by role.
/// </summary>
public static class Policies
{
    /// <summary>
    /// Committee-wide reports and dashboards: everyone but a Secretary, who sees only their organization; the Province
    /// reads them for the committee it chose.
    /// </summary>
    public const string ReadCommitteeReports = nameof(ReadCommitteeReports);

    /// <summary>Rosters (organizations, members) and period overviews: readers of committee data, and a Secretary for their own organization.</summary>
    public const string ReadRoster = nameof(ReadRoster);

    /// <summary>The province's roll-up of every committee (Ban Tổ chức Tỉnh ủy).</summary>
    public const string ReadProvince = nameof(ReadProvince);

    /// <summary>Move TCCS between committees, merge a committee into another, reverse a move (the province's staff).</summary>
    public const string RestructureCommittees = nameof(RestructureCommittees);

    /// <summary>Create and edit organizations and members; open, decide periods; accept proposals.</summary>
    public const string ManageReviews = nameof(ManageReviews);

    /// <summary>Enter levels in the grid: staff for every organization, a Secretary for their own (as proposals).</summary>
    public const string EnterReviews = nameof(EnterReviews);

    /// <summary>Record membership events: staff for every organization, a Secretary for their own organization's members.</summary>
    public const string RecordMovements = nameof(RecordMovements);

    /// <summary>Record who sits on a TCCS's cấp ủy: staff for every organization, a Secretary for their own.</summary>
    public const string ManageLeadership = nameof(ManageLeadership);

    /// <summary>Reopen a decided period.</summary>
    public const string ReopenPeriods = nameof(ReopenPeriods);

    /// <summary>Draft, issue and cancel commendation decisions.</summary>
    public const string IssueCommendations = nameof(IssueCommendations);

    /// <summary>Accounts: create, roles, deactivate, unlock, password links.</summary>
    public const string ManageAccounts = nameof(ManageAccounts);

    /// <summary>The committee's settings (names, place, symbol, signer, default quota).</summary>
    public const string ManageSettings = nameof(ManageSettings);

    /// <summary>Read the audit log (every audited change and sign-in) and export it.</summary>
    public const string ReadAuditLog = nameof(ReadAuditLog);

    /// <summary>The organization (the resource, its id) is inside the user's scope; see <see cref="Scoping.OrganizationAccessHandler"/>.</summary>
    public const string OrganizationAccess = nameof(OrganizationAccess);

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(ReadCommitteeReports, p => p.RequireRole(AppRoles.Admin, AppRoles.Staff, AppRoles.Leader, AppRoles.Clerk, AppRoles.Province));
        options.AddPolicy(ReadRoster, p => p.RequireRole(AppRoles.Admin, AppRoles.Staff, AppRoles.Leader, AppRoles.Clerk, AppRoles.Secretary, AppRoles.Province));
        options.AddPolicy(ReadProvince, p => p.RequireRole(AppRoles.Province));
        options.AddPolicy(RestructureCommittees, p => p.RequireRole(AppRoles.Province));
        options.AddPolicy(ManageReviews, p => p.RequireRole(AppRoles.Admin, AppRoles.Staff));
        options.AddPolicy(EnterReviews, p => p.RequireRole(AppRoles.Admin, AppRoles.Staff, AppRoles.Secretary));
        options.AddPolicy(RecordMovements, p => p.RequireRole(AppRoles.Admin, AppRoles.Staff, AppRoles.Secretary));
        options.AddPolicy(ManageLeadership, p => p.RequireRole(AppRoles.Admin, AppRoles.Staff, AppRoles.Secretary));
        options.AddPolicy(ReopenPeriods, p => p.RequireRole(AppRoles.Admin));
        options.AddPolicy(IssueCommendations, p => p.RequireRole(AppRoles.Admin, AppRoles.Staff, AppRoles.Clerk));
        options.AddPolicy(ManageAccounts, p => p.RequireRole(AppRoles.Admin));
        options.AddPolicy(ManageSettings, p => p.RequireRole(AppRoles.Admin));
        options.AddPolicy(OrganizationAccess, p => p.AddRequirements(new Scoping.OrganizationAccessRequirement()));
        options.AddPolicy(ReadAuditLog, p => p.RequireRole(AppRoles.Admin, AppRoles.Staff));
    }
}
