using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>The entry grid of one organization, as staff use it.</summary>
public sealed class EntryGridPage(IPage page)
{
    public ILocator Rows => page.Locator("tr[data-row]");
    public ILocator Counters => page.GetByTestId("counters");

    public async Task GotoAsync(int year, int organizationId)
    {
        await page.GotoAsync($"/Periods/{year}/Entry/{organizationId}");
        await ReadyAsync();
    }

    /// <summary>Waits until the grid's script has put the focus on a row: keys pressed before that would be lost.</summary>
    public Task ReadyAsync() => page.WaitForFunctionAsync("document.activeElement?.hasAttribute('data-row') === true");

    public Task<string> CountAsync(string name) => Counters.Locator($"[data-count={name}]").InnerTextAsync();

    public Task<string> QuotaAsync() => page.GetByTestId("quota").InnerTextAsync();

    public async Task<string?> FocusedMemberAsync() => await page.EvaluateAsync<string?>("document.activeElement?.getAttribute('aria-label')");

    public ILocator LevelSelect(int row) => Rows.Nth(row).Locator("[data-field=level]");

    public ILocator ScoreInput(int row) => Rows.Nth(row).Locator("[data-field=score]");

    public async Task<string?> FocusedFieldAsync() => await page.EvaluateAsync<string?>("document.activeElement?.dataset.field ?? null");
}
