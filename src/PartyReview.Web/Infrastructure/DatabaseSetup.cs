using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Data.Demo;

namespace PartyReview.Web.Infrastructure;

/// <summary>Chooses the database from configuration and gets it ready at start.</summary>
internal static class DatabaseSetup
{
    private const string DefaultSqliteConnection = "Data Source=App_Data/partyreview.db";

    public static void AddPartyReviewDatabase(this WebApplicationBuilder builder)
    {
        var provider = DatabaseProviders.Parse(builder.Configuration[DatabaseProviders.ProviderKey]);
        var connectionString = ConnectionString(builder.Configuration, builder.Environment, provider);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IAuditContext, HttpAuditContext>();
        builder.Services.AddScoped<AuditInterceptor>();
        builder.Services.AddDbContext<PartyReviewDbContext>((services, options) => options
            .UsePartyReviewDatabase(provider, connectionString)
            .AddInterceptors(services.GetRequiredService<AuditInterceptor>())
            .AddInterceptors(services.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        builder.Services.AddSingleton(new DatabaseSettings(provider));
    }

    /// <summary>
    /// The configured connection string; for SQLite a relative file is placed under the content root
    /// (the web project's App_Data/ by default) and its folder created.
    /// </summary>
    private static string ConnectionString(IConfiguration configuration, IWebHostEnvironment environment, DatabaseProvider provider)
    {
        var configured = configuration.GetConnectionString(DatabaseProviders.ConnectionStringName);
        if (provider != DatabaseProvider.Sqlite)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException(
                    $"{DatabaseProviders.ProviderKey} is {provider}: set ConnectionStrings:{DatabaseProviders.ConnectionStringName}.")
                : configured;
        }

        var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultSqliteConnection : configured);
        if (sqlite.DataSource != ":memory:" && !Path.IsPathRooted(sqlite.DataSource))
        {
            sqlite.DataSource = Path.Combine(environment.ContentRootPath, sqlite.DataSource);
        }

        var folder = Path.GetDirectoryName(sqlite.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return sqlite.ToString();
    }

    /// <summary>
    /// At start: the embedded SQLite database is created and migrated; a server database is only checked
    /// (it is migrated by the explicit <c>migrate</c> command). In Development the demo committee is seeded.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PartyReviewDbContext>();
        var settings = services.GetRequiredService<DatabaseSettings>();
        var logger = services.GetRequiredService<ILogger<DatabaseSettings>>();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.MigrateAsync();
        }
        else
        {
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            if (pending.Count > 0)
            {
                logger.LogWarning(
                    "The {Provider} database has {Count} pending migrations; run `dotnet run --project src/PartyReview.Web -- migrate`.",
                    settings.Provider, pending.Count);
                return;
            }
        }

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", true))
        {
            if (await new DemoDataSeeder(db).SeedAsync())
            {
                logger.LogInformation("Seeded the demo committee.");
            }

            await DemoAccounts.EnsureAsync(services);
        }
    }
}

/// <summary>The provider in use, for the parts of the app that must know it.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider);
