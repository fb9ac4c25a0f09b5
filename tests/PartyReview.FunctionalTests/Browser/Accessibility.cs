using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>The axe scan every browser test may run: no serious or critical violation.</summary>
public static class Accessibility
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, page.Url + Environment.NewLine + string.Join(Environment.NewLine,
            serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(5).Select(n => n.Target))}")));
    }
}
