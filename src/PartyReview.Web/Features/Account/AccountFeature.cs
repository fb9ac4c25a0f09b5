namespace PartyReview.Web.Features.Account;

public static class AccountFeature
{
    /// <summary>The user's own account: profile, password, sign-in log.</summary>
    public static IServiceCollection AddAccountFeature(this IServiceCollection services) =>
        services.AddScoped<ProfileService>()
            .AddScoped<SignInService>()
            .AddSingleton<SignInAuditSampler>();
}
