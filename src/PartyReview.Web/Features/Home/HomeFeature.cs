namespace PartyReview.Web.Features.Home;

public static class HomeFeature
{
    /// <summary>The home page's progress.</summary>
    public static IServiceCollection AddHomeFeature(this IServiceCollection services) =>
        services.AddScoped<HomeService>();
}
