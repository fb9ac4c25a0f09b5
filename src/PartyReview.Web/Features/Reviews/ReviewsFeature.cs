namespace PartyReview.Web.Features.Reviews;

public static class ReviewsFeature
{
    /// <summary>The entry grid's services.</summary>
    public static IServiceCollection AddReviewsFeature(this IServiceCollection services) =>
        services.AddScoped<ReviewEntryService>();
}
