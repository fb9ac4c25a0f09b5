using Microsoft.Playwright;
using PartyReview.TestSupport;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>
/// Screenshots for the user guide. With PARTYREVIEW_UPDATE_SCREENSHOTS=1 they replace docs/images/*.png;
/// otherwise they go to the test run's temporary folder.
/// </summary>
public static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Environment.GetEnvironmentVariable("PARTYREVIEW_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryRoot(), "docs", "images")
            : Path.Combine(DemoDatabase.TemporaryFolder, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartyReview.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PartyReview.sln not found above the test binaries.");
    }
}
