namespace PartyReview.Web.Features.Leadership;

/// <summary>The Leadership feature's services: who sits on each TCCS's cấp ủy.</summary>
public static class LeadershipFeature
{
    public static IServiceCollection AddLeadershipFeature(this IServiceCollection services) => services.AddScoped<LeadershipService>();
}
