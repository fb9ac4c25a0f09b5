using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace PartyReview.Web.Infrastructure.Security;

/// <summary>Settings of section "Security:Credentials": how many sign-in, reset and password-change attempts a window allows.</summary>
public sealed class CredentialLimitOptions
{
    public const string Section = "Security:Credentials";

    /// <summary>Attempts from one address per window (the 6th within a minute gets 429 by default).</summary>
    public int PerAddress { get; set; } = 5;

    /// <summary>Attempts on one account per window, from anywhere.</summary>
    public int PerAccount { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// ASP.NET Core's rate limiter on the actions that check a password or a reset link: per client address (the policy
/// <see cref="Policy"/>), and per account (<see cref="AccountThrottle"/>, since the account is known only once the
/// form is read). A refusal answers 429 with the friendly Vietnamese page.
/// </summary>
public static class CredentialLimits
{
    public const string Policy = "credentials";

    public static IServiceCollection AddCredentialLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CredentialLimitOptions>(configuration.GetSection(CredentialLimitOptions.Section));
        var options = configuration.GetSection(CredentialLimitOptions.Section).Get<CredentialLimitOptions>() ?? new CredentialLimitOptions();
        services.AddSingleton<AccountThrottle>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)options.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CredentialLimits))
                    .LogWarning("Too many credential attempts from {Address} on {Path}", context.HttpContext.Connection.RemoteIpAddress, context.HttpContext.Request.Path);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, options.PerAddress), Window = options.Window, QueueLimit = 0 }));
        });
        return services;
    }
}

/// <summary>Attempts per account (an email, or a reset link's account id), whatever the address they come from.</summary>
public sealed class AccountThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public AccountThrottle(Microsoft.Extensions.Options.IOptions<CredentialLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetFixedWindowLimiter(
            account,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limits.PerAccount), Window = limits.Window, QueueLimit = 0 }));
    }

    /// <summary>Takes one attempt for the account; false when its window is used up.</summary>
    public bool TryAttempt(string? account)
    {
        using var lease = _limiter.AttemptAcquire((account ?? "").Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
