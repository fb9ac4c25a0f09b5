namespace PartyReview.Web.Infrastructure.Security;

/// <summary>
/// The headers every response carries: a strict Content-Security-Policy (scripts, styles, images and requests from this
/// app only; no inline script; no framing), no MIME sniffing, and a referrer kept on this site.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// data: images are Bootstrap's own icons (the select arrow, the check mark) written in its stylesheet.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            if (!headers.ContainsKey("Referrer-Policy"))
            {
                headers["Referrer-Policy"] = "same-origin";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
