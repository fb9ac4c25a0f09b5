namespace PartyReview.Web.Infrastructure.Security;

/// <summary>
/// Absolute links handed to people (password links): built from <c>App:PublicBaseUrl</c> when it is set, so that a
/// forged Host header cannot point them elsewhere; from the request only when it is not (a developer's machine).
/// </summary>
public sealed class PublicLinks(IConfiguration configuration)
{
    public const string BaseUrlKey = "App:PublicBaseUrl";

    public string Absolute(HttpRequest request, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = configuration[BaseUrlKey];
        var root = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured.TrimEnd('/');
        return root + pathAndQuery;
    }
}
