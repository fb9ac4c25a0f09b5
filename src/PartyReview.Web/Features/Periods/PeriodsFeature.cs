namespace PartyReview.Web.Features.Periods;

/// <summary>The Periods feature's services: the periods' use cases, their criteria frames, and the open periods' member lists that follow the ledger.</summary>
public static class PeriodsFeature
{
    public static IServiceCollection AddPeriodsFeature(this IServiceCollection services)
    {
        services.AddScoped<PeriodService>();
        services.AddScoped<OpenPeriodRoster>();
        services.AddScoped<CriteriaFrameService>();
        return services;
    }
}
