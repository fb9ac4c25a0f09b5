namespace PartyReview.Web.Features.Province;

public static class ProvinceFeature
{
    /// <summary>The province's roll-up of its committees (Ban Tổ chức Tỉnh ủy).</summary>
    public static IServiceCollection AddProvinceFeature(this IServiceCollection services) => services.AddScoped<ProvinceService>().AddScoped<RestructuringService>();
}
