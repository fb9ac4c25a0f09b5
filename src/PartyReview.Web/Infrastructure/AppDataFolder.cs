using Microsoft.Data.Sqlite;
using PartyReview.Data;

namespace PartyReview.Web.Infrastructure;

/// <summary>
/// The app's own data folder: the SQLite file's folder (App_Data/ under the content root by default), or the content
/// root's App_Data/ when the database is on a server. Files the app keeps for itself (e.g. uploads waiting for
/// confirmation) go under it, never in the machine's shared temporary folder.
/// </summary>
public sealed record AppDataFolder(string Path)
{
    /// <summary>Where the data folder is, decided as the SQLite connection string is (see <c>DatabaseSetup</c>).</summary>
    public static AppDataFolder Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var provider = DatabaseProviders.Parse(configuration[DatabaseProviders.ProviderKey]);
        var configured = configuration.GetConnectionString(DatabaseProviders.ConnectionStringName);
        var fallback = System.IO.Path.Combine(environment.ContentRootPath, "App_Data");
        if (provider != DatabaseProvider.Sqlite)
        {
            return new AppDataFolder(fallback);
        }

        var file = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DatabaseSetup.DefaultSqliteConnection : configured).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return new AppDataFolder(fallback);
        }

        var full = System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(file) ? file : System.IO.Path.Combine(environment.ContentRootPath, file));
        return new AppDataFolder(System.IO.Path.GetDirectoryName(full) ?? fallback);
    }

    /// <summary>
    /// A folder under the data folder (or <paramref name="configured"/> when set), created if needed and readable,
    /// writable and searchable by the app's user only (0700) on Unix.
    /// </summary>
    public string Private(string name, string? configured = null)
    {
        var folder = string.IsNullOrWhiteSpace(configured) ? System.IO.Path.Combine(Path, name) : configured;
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(folder).FullName;
        }

        var created = Directory.CreateDirectory(folder, OwnerOnly);
        if (File.GetUnixFileMode(created.FullName) != OwnerOnly)
        {
            File.SetUnixFileMode(created.FullName, OwnerOnly);
        }

        return created.FullName;
    }
}
