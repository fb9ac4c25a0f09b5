using PartyReview.Web.Features.Admin.Accounts;
using PartyReview.Web.Features.Admin.Audit;
using PartyReview.Web.Features.Admin.Settings;

namespace PartyReview.Web.Features.Admin;

public static class AdminFeature
{
    /// <summary>The Admin's accounts, the committee's settings and the audit log.</summary>
    public static IServiceCollection AddAdminFeature(this IServiceCollection services) =>
        services.AddScoped<AccountDirectory>().AddScoped<AccountAdminService>().AddScoped<SettingsService>().AddScoped<AuditLogService>();
}
