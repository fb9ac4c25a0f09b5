namespace PartyReview.Web.Features.Organizations;

/// <summary>The Organizations feature's services.</summary>
public static class OrganizationsFeature
{
    public static IServiceCollection AddOrganizationsFeature(this IServiceCollection services) => services.AddScoped<OrganizationService>();
}
