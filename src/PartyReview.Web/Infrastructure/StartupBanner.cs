using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PartyReview.Data;

namespace PartyReview.Web.Infrastructure;

/// <summary>
/// What a person starting the app needs to read first, logged once at Information when the server has started:
/// the address to open, where the database is and, in Development with the demo, the demo accounts and their shared
/// password. Outside the demo no account and no password is ever written. (The host's own start lines, category
/// Microsoft.Hosting.Lifetime, are set to Warning in appsettings.json: this banner says the same, shorter.)
/// </summary>
public static class StartupBanner
{
    /// <summary>The log category of the start: the banner and the one line while the database is prepared.</summary>
    public const string Category = "PartyReview.Startup";

    /// <summary>Logs the banner once, as soon as the server listens.</summary>
    public static void LogStartupBanner(this WebApplication app, DatabaseStart database)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(database);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var lines = Compose(addresses?.ToList() ?? [], database);
            logger.LogInformation("{Banner}", lines);
        });
    }

    /// <summary>The banner's text (several lines, no trailing line break).</summary>
    public static string Compose(IReadOnlyCollection<string> addresses, DatabaseStart database)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(database);
        var text = new StringBuilder();
        var at = addresses.Count == 0 ? "(no network address)" : string.Join(", ", addresses);
        text.Append(CultureInfo.InvariantCulture, $"PartyReview is running: open {at} (Ctrl+C stops it).");
        var state = (database.Created, database.MigrationsApplied, database.DemoSeeded) switch
        {
            (true, _, true) => " (created now, with the demo committee)",
            (true, _, false) => " (created now)",
            (false, > 0, _) => $" ({database.MigrationsApplied} migrations applied now)",
            _ => "",
        };
        var kind = database.Provider == DatabaseProvider.Sqlite ? "SQLite file" : database.Provider.ToString();
        text.Append(CultureInfo.InvariantCulture, $"\n  Database: {kind} {database.Location}{state}");
        if (database.DemoAccounts)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  Demo accounts (Development only), password {DemoAccounts.Password}:");
            var width = DemoAccounts.All.Max(a => a.Email.Length);
            foreach (var (email, fullName, role) in DemoAccounts.All)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n    {email.PadRight(width)}  {role,-9}  {fullName}");
            }
        }

        return text.ToString();
    }
}
