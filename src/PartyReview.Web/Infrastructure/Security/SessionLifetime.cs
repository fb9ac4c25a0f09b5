using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace PartyReview.Web.Infrastructure.Security;

/// <summary>
/// The sign-in cookie: Secure always outside Development, 8 hours sliding, and an absolute lifetime
/// (setting <c>Identity:Session:AbsoluteHours</c>, default 12) after which the user signs in again however active.
/// </summary>
public static class SessionLifetime
{
    public const string AbsoluteHoursKey = "Identity:Session:AbsoluteHours";
    public const int DefaultAbsoluteHours = 12;
    private const string StartedAtKey = "PartyReview.SessionStartedAt";

    public static void Configure(CookieAuthenticationOptions options, IConfiguration configuration, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        var absolute = TimeSpan.FromHours(Math.Clamp(configuration.GetValue(AbsoluteHoursKey, DefaultAbsoluteHours), 1, 24 * 30));

        options.Events.OnSigningIn = context =>
        {
            // A refreshed sign-in (a password change) keeps the session's start.
            if (!context.Properties.Items.ContainsKey(StartedAtKey))
            {
                context.Properties.Items[StartedAtKey] = Now(context.HttpContext).ToString("O", CultureInfo.InvariantCulture);
            }

            return Task.CompletedTask;
        };

        var checkStamp = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var startedAt = context.Properties.Items.TryGetValue(StartedAtKey, out var text)
                            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
                ? parsed
                : context.Properties.IssuedUtc ?? DateTimeOffset.MinValue;
            if (Now(context.HttpContext) - startedAt > absolute)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await checkStamp(context);
        };
    }

    private static DateTimeOffset Now(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
