namespace PartyReview.Web.Features.Import;

/// <summary>The import and export feature's services.</summary>
public static class ImportFeature
{
    public static IServiceCollection AddImportFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportOptions>(configuration.GetSection(ImportOptions.Section));
        services.AddScoped<ImportService>();
        services.AddScoped<ImportWorkflow>();
        services.AddScoped<ExportService>();
        services.AddScoped<ImportStore>();
        services.AddSingleton<ImportProgressRegistry>();
        services.AddHostedService<ImportCleanupService>();
        return services;
    }
}
