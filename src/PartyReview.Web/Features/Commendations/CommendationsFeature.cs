namespace PartyReview.Web.Features.Commendations;

public static class CommendationsFeature
{
    /// <summary>Eligibility and the commendation decisions.</summary>
    public static IServiceCollection AddCommendationsFeature(this IServiceCollection services) =>
        services.AddScoped<CommendationService>();
}
