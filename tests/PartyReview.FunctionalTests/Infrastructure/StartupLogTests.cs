using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.TestSupport;
using PartyReview.Web.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace PartyReview.FunctionalTests.Infrastructure;

/// <summary>
/// What a person sees when the app starts: one banner with the address, the database file and, with the demo, its
/// accounts and password; nothing else at Information, and no warning.
/// </summary>
public sealed class StartupLogTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_start_shows_only_the_banner_with_the_database_and_the_demo_accounts()
    {
        await using var factory = new LoggedDemoFactory();
        await factory.InitializeAsync();

        var banner = await factory.Log.BannerAsync(factory.Services);

        Assert.Contains(DatabaseFile(factory.Services), banner, StringComparison.Ordinal);
        Assert.Contains($"password {DemoAccounts.Password}", banner, StringComparison.Ordinal);
        Assert.All(DemoAccounts.All, account =>
        {
            Assert.Contains(account.Email, banner, StringComparison.Ordinal);
            Assert.Contains(account.Role, banner, StringComparison.Ordinal);
        });
        Assert.Equal([StartupBanner.Category], factory.Log.Shown.Select(e => e.Category));
    }

    [Fact]
    public async Task A_fresh_database_is_created_without_any_warning_and_the_banner_says_so()
    {
        await using var factory = new LoggedFactory("Development", Path.Combine(DemoDatabase.TemporaryFolder, $"fresh-{Guid.NewGuid():N}.db"), seedDemo: false);

        var banner = await factory.Log.BannerAsync(factory.Services);

        Assert.Contains($"{DatabaseFile(factory.Services)} (created now)", banner, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Password, banner, StringComparison.Ordinal);
        Assert.Empty(factory.Log.Shown.Where(e => e.Level >= LogEventLevel.Warning).Select(e => e.Text));
        Assert.Equal(2, factory.Log.Shown.Count);
        Assert.StartsWith("Creating the database", factory.Log.Shown[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_the_banner_names_the_database_and_never_a_password()
    {
        var connectionString = await DemoDatabase.CreateEmptyAsync();
        await using var factory = new LoggedFactory("Production", new SqliteConnectionStringBuilder(connectionString).DataSource, seedDemo: true);

        var banner = await factory.Log.BannerAsync(factory.Services);

        Assert.Contains(DatabaseFile(factory.Services), banner, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Password, banner, StringComparison.Ordinal);
        Assert.DoesNotContain("demo.local", banner, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo accounts", banner, StringComparison.Ordinal);
        Assert.Empty(factory.Log.Shown.Where(e => e.Level >= LogEventLevel.Warning).Select(e => e.Text));
    }

    private static string DatabaseFile(IServiceProvider services) => Path.GetFullPath(new SqliteConnectionStringBuilder(
        services.GetRequiredService<IConfiguration>().GetConnectionString("PartyReview")).DataSource);

    /// <summary>The usual demo factory (Development, a copy of the seeded demo), with its log captured.</summary>
    private sealed class LoggedDemoFactory : PartyReviewFactory
    {
        public CapturedLog Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
        }
    }

    /// <summary>The app in the given environment on the given SQLite file, with its log captured.</summary>
    private sealed class LoggedFactory(string environment, string file, bool seedDemo) : WebApplicationFactory<Program>
    {
        public CapturedLog Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:PartyReview", new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Demo:Seed", seedDemo ? "true" : "false");
            builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(DemoDatabase.TemporaryFolder, "logs", "startup-.log"));
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
        }
    }

    /// <summary>The events the app's logger lets through (the configured levels apply), in order.</summary>
    private sealed class CapturedLog : ILogEventSink
    {
        private readonly ConcurrentQueue<(string Category, LogEventLevel Level, string Text)> _events = new();

        public IReadOnlyList<(string Category, LogEventLevel Level, string Text)> Shown => [.. _events];

        public void Emit(LogEvent logEvent)
        {
            ArgumentNullException.ThrowIfNull(logEvent);
            var category = logEvent.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: string name } ? name : "";
            var text = logEvent.Properties.TryGetValue("Banner", out var banner) && banner is ScalarValue { Value: string lines }
                ? lines
                : logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
            _events.Enqueue((category, logEvent.Level, text));
        }

        /// <summary>Starts the app (through its services) and waits for the banner, logged once the server has started.</summary>
        public async Task<string> BannerAsync(IServiceProvider started)
        {
            ArgumentNullException.ThrowIfNull(started);
            for (var waited = 0; waited < 1200 && !Shown.Any(IsBanner); waited++)
            {
                await Task.Delay(100, Cancel);
            }

            return Assert.Single(Shown, IsBanner).Text;
        }

        private static bool IsBanner((string Category, LogEventLevel Level, string Text) e) =>
            e.Category == StartupBanner.Category && e.Text.StartsWith("PartyReview is running", StringComparison.Ordinal);
    }
}
