using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Data.Demo;

namespace PartyReview.Web.Infrastructure;

/// <summary>Chooses the database from configuration and gets it ready at start.</summary>
internal static class DatabaseSetup
{
    internal const string DefaultSqliteConnection = "Data Source=App_Data/partyreview.db";

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
    /// Returns what was done, for the startup banner.
    /// </summary>
    public static async Task<DatabaseStart> PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PartyReviewDbContext>();
        var settings = services.GetRequiredService<DatabaseSettings>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(StartupBanner.Category);
        var location = Location(db, settings.Provider);
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        var created = pending.Count > 0 && pending.Count == db.Database.GetMigrations().Count();
        if (settings.Provider != DatabaseProvider.Sqlite && pending.Count > 0)
        {
            logger.LogWarning(
                "The {Provider} database has {Count} pending migrations; run `dotnet run --project src/PartyReview.Web -- migrate`.",
                settings.Provider, pending.Count);
            return new DatabaseStart(settings.Provider, location, Created: false, MigrationsApplied: 0, DemoSeeded: false, DemoAccounts: false);
        }

        if (pending.Count > 0)
        {
            // The one line before the banner, so that a first start (migrations, then the demo) does not look stuck.
            if (created)
            {
                logger.LogInformation("Creating the database {Database}…", location);
            }
            else
            {
                logger.LogInformation("Applying {Count} migrations to the database {Database}…", pending.Count, location);
            }

            await db.Database.MigrateAsync();
        }

        var demo = app.SeedsDemo();
        var seeded = demo && await new DemoDataSeeder(db).SeedAsync();
        if (demo)
        {
            await DemoAccounts.EnsureAsync(services);
        }

        // Decided years without kept figures (seeded, or decided before figures were kept) are counted once, now.
        await services.GetRequiredService<Features.Reports.TallyService>().KeepMissingFiguresAsync();

        return new DatabaseStart(settings.Provider, location, created, pending.Count, seeded, demo);
    }

    /// <summary>Whether this start seeds the demo committee and its accounts: in Development, unless Demo:Seed is false.</summary>
    public static bool SeedsDemo(this WebApplication app) =>
        app.Environment.IsDevelopment() && app.Configuration.GetValue("Demo:Seed", true);

    /// <summary>
    /// Where the data lives, without credentials: the full path of the SQLite file, or the server and database name.
    /// </summary>
    private static string Location(PartyReviewDbContext db, DatabaseProvider provider)
    {
        var connection = db.Database.GetDbConnection();
        if (provider != DatabaseProvider.Sqlite)
        {
            return $"{connection.DataSource}/{connection.Database}";
        }

        var file = new SqliteConnectionStringBuilder(connection.ConnectionString).DataSource;
        return file == ":memory:" ? file : Path.GetFullPath(file);
    }
}

/// <summary>What the start did to the database: where it is, whether it was created or migrated now, the demo.</summary>
public sealed record DatabaseStart(
    DatabaseProvider Provider, string Location, bool Created, int MigrationsApplied, bool DemoSeeded, bool DemoAccounts);

/// <summary>The provider in use, for the parts of the app that must know it.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider);
