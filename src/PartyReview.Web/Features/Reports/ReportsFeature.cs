namespace PartyReview.Web.Features.Reports;

public static class ReportsFeature
{
    /// <summary>The tallies, the dashboard and the year-end report.</summary>
    public static IServiceCollection AddReportsFeature(this IServiceCollection services) =>
        services.AddScoped<TallyService>().AddScoped<SummaryService>().AddScoped<DashboardService>();
}
