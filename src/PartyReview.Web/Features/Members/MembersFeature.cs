namespace PartyReview.Web.Features.Members;

/// <summary>The Members feature's services.</summary>
public static class MembersFeature
{
    public static IServiceCollection AddMembersFeature(this IServiceCollection services)
    {
        services.AddScoped<MemberService>();
        services.AddTransient<MembershipMessages>();
        return services;
    }
}
