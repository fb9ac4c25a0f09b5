using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartyReview.TestSupport;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>
/// The app on a real loopback port (Kestrel) and Debian's Chromium driven by Playwright; never a downloaded browser.
/// Without /usr/bin/chromium the browser tests skip with the reason (fail under CI).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Browser tests run one class at a time: each starts a server and a Chromium, and CI has two cores.</summary>
    public const string Collection = "Browser";

    private readonly KestrelFactory _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailable;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The app's services, for a test to look up what it will act on.</summary>
    public IServiceProvider Services => _factory.Services;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            _unavailable = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium)";
            return;
        }

        await _factory.InitializeAsync();
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>A new browser context (its own cookies) and page, in Vietnamese, at A4-friendly desktop size.</summary>
    public async Task<IPage> NewPageAsync()
    {
        if (_unavailable is not null)
        {
            TestRequirement.Unavailable(_unavailable);
        }

        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // CI runs the three test projects side by side on two cores: give pages time.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    private sealed class KestrelFactory : PartyReviewFactory
    {
        public KestrelFactory() => UseKestrel(0);
    }
}

[CollectionDefinition(BrowserFixture.Collection, DisableParallelization = true)]
public sealed class BrowserGroup;
