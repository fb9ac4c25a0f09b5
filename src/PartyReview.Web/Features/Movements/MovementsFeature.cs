namespace PartyReview.Web.Features.Movements;

/// <summary>The Movements feature's services: the ledger's writes, batch admissions, targets, and the year and probation queries.</summary>
public static class MovementsFeature
{
    public static IServiceCollection AddMovementsFeature(this IServiceCollection services)
    {
        services.AddScoped<LedgerLookups>();
        services.AddScoped<LedgerWriter>();
        services.AddScoped<LedgerService>();
        services.AddScoped<MemberLedgerQuery>();
        services.AddScoped<AdmissionBatchService>();
        services.AddScoped<AdmissionTargetService>();
        services.AddScoped<YearMovementsQuery>();
        services.AddScoped<ProbationQuery>();
        return services;
    }
}
