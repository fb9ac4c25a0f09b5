using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>The entry grid of one organization, as staff use it.</summary>
public sealed class EntryGridPage(IPage page)
{
    /// <summary>The members' rows (under Quy định 366 the TCCS and leadership lines are rows too, marked data-subject).</summary>
    public ILocator Rows => page.Locator("tr[data-row]:not([data-subject=Organization]):not([data-subject=Leadership])");
    public ILocator Counters => page.GetByTestId("counters");

    public async Task GotoAsync(int year, int organizationId)
    {
        await page.GotoAsync($"/Periods/{year}/Entry/{organizationId}");
        await ReadyAsync();
    }

    /// <summary>Waits until the grid's script has put the focus on a row: keys pressed before that would be lost.</summary>
    // A locator, not a function: the page's Content-Security-Policy forbids evaluating strings as script.
    public Task ReadyAsync() => page.Locator("[data-row]:focus").WaitForAsync();

    public Task<string> CountAsync(string name) => Counters.Locator($"[data-count={name}]").InnerTextAsync();

    public Task<string> QuotaAsync() => page.GetByTestId("quota").InnerTextAsync();

    public async Task<string?> FocusedMemberAsync() => await page.EvaluateAsync<string?>("document.activeElement?.getAttribute('aria-label')");

    public ILocator LevelSelect(int row) => Rows.Nth(row).Locator("[data-field=level]");

    public ILocator ScoreInput(int row) => Rows.Nth(row).Locator("[data-field=score]");

    public ILocator Field(int row, string field) => Rows.Nth(row).Locator($"[data-field={field}]");

    public async Task<string?> FocusedFieldAsync() => await page.EvaluateAsync<string?>("document.activeElement?.dataset.field ?? null");
}

/// <summary>The entry grid of a Quy định 366 period at one step: the steps' tabs, the TCCS and leadership rows, the accept-all action.</summary>
public sealed class StepGridPage(IPage page)
{
    public EntryGridPage Grid { get; } = new(page);

    public ILocator Organization => page.Locator("tr[data-row][data-subject=Organization]");

    public async Task GotoAsync(int year, int organizationId, string step)
    {
        await page.GotoAsync($"/Periods/{year}/Entry/{organizationId}?step={step}");
        await Grid.ReadyAsync();
    }

    public ILocator Tab(string step) => page.Locator($"[data-step-tab={step}]");

    public static Task<string> ComputedAsync(ILocator row) => row.Locator("[data-computed]").InnerTextAsync();

    public static Task<string> FindingsAsync(ILocator row) => row.Locator(".findings").InnerTextAsync();

    public static Task<string> OtherStepAsync(ILocator row, string step) => row.Locator($"[data-step={step}]").InnerTextAsync();

    /// <summary>Saves with Ctrl+S and waits for the reloaded page.</summary>
    public async Task SaveAsync()
    {
        await page.Keyboard.PressAsync("Control+s");
        await page.GetByTestId("saved").WaitForAsync();
        await Grid.ReadyAsync();
    }
}
