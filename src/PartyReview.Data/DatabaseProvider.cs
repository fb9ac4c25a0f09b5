using Microsoft.EntityFrameworkCore;

namespace PartyReview.Data;

/// <summary>The database engines PartyReview runs on; each has its own migrations assembly.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

public static class DatabaseProviders
{
    /// <summary>The configuration key that selects the provider (default: Sqlite).</summary>
    public const string ProviderKey = "Database:Provider";

    /// <summary>The name of the connection string (ConnectionStrings:PartyReview).</summary>
    public const string ConnectionStringName = "PartyReview";

    public static string MigrationsAssembly(this DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "PartyReview.Migrations.Sqlite",
        DatabaseProvider.SqlServer => "PartyReview.Migrations.SqlServer",
        DatabaseProvider.PostgreSql => "PartyReview.Migrations.PostgreSql",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>Reads the provider's name as configured; case does not matter.</summary>
    public static DatabaseProvider Parse(string? name) =>
        string.IsNullOrWhiteSpace(name) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) ? provider
        : throw new InvalidOperationException(
            $"{ProviderKey} is '{name}'; expected one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");

    /// <summary>Points the options at the provider, with that provider's migrations assembly.</summary>
    public static DbContextOptionsBuilder UsePartyReviewDatabase(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        var migrations = provider.MigrationsAssembly();
        return provider switch
        {
            DatabaseProvider.Sqlite => options
                .UseSqlite(connectionString, o => o.MigrationsAssembly(migrations))
                .AddInterceptors(Sqlite.SqliteBusyTimeout.Instance),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }
}
