using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Web.Infrastructure;

namespace PartyReview.TestSupport;

/// <summary>
/// The app's own services, registered by <c>AddPartyReview</c> as in production, on a test database, with a fixed
/// clock (a Moq boundary) and the user the audit log names. Tests resolve the use cases from it instead of calling
/// constructors, so a service's dependencies can change without touching the tests.
/// </summary>
public sealed class AppServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private AppServices(ServiceProvider provider, CommandCounter commands)
    {
        _provider = provider;
        Commands = commands;
    }

    /// <summary>Counts the SQL commands every context of this harness sends.</summary>
    public CommandCounter Commands { get; }

    /// <summary>The app's services on the SQLite database <paramref name="connectionString"/>; the clock says <paramref name="now"/>.</summary>
    public static AppServices Create(string connectionString, DateTimeOffset now, Action<IServiceCollection>? configure = null) =>
        Create(DatabaseProvider.Sqlite, connectionString, now, configure);

    /// <summary>The app's services on a <paramref name="provider"/> database (e.g. a PostgreSQL test database); the clock says <paramref name="now"/>.</summary>
    public static AppServices Create(DatabaseProvider provider, string connectionString, DateTimeOffset now, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = DemoDatabase.TemporaryFolder,
        });
        builder.Configuration[DatabaseProviders.ProviderKey] = provider.ToString();
        builder.Configuration[$"ConnectionStrings:{DatabaseProviders.ConnectionStringName}"] = connectionString;
        builder.Configuration["Demo:Seed"] = "false";
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        builder.AddPartyReview();

        var services = builder.Services;
        services.Replace(ServiceDescriptor.Singleton(FixedClock(now)));
        services.Replace(ServiceDescriptor.Scoped<IAuditContext, TestAuditContext>());
        var commands = new CommandCounter();
        services.AddSingleton<IInterceptor>(commands);
        configure?.Invoke(services);
        return new AppServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), commands);
    }

    /// <summary>A unit of work (one request's worth of services) acting as <paramref name="userName"/>.</summary>
    public AsyncServiceScope Scope(string userName = "staff@demo.local")
    {
        var scope = _provider.CreateAsyncScope();
        ((TestAuditContext)scope.ServiceProvider.GetRequiredService<IAuditContext>()).UserName = userName;
        return scope;
    }

    public T Singleton<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public static TimeProvider FixedClock(DateTimeOffset now)
    {
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(now);
        clock.Setup(c => c.LocalTimeZone).Returns(TimeZoneInfo.Utc);
        return clock.Object;
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private sealed class TestAuditContext : IAuditContext
    {
        public string UserName { get; set; } = "system";
        public string? Source { get; set; }
    }
}

/// <summary>Resolving a use case from a harness scope.</summary>
public static class AppServiceScopes
{
    public static T Get<T>(this AsyncServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public static PartyReviewDbContext Db(this AsyncServiceScope scope) => scope.Get<PartyReviewDbContext>();
}
