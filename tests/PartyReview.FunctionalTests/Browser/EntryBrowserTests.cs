using Microsoft.Playwright;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>Staff classify a whole organization with the keyboard only: one key per member, then Ctrl+S.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class EntryBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Chi bộ Vườn quốc gia Bidoup - Núi Bà: 30 members, not yet entered in the demo's 2026 period.</summary>
    private const string ThirtyMemberOrganization = "TCCS47";

    [Fact]
    public async Task Thirty_members_take_thirty_keystrokes_and_a_save()
    {
        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@demo.local");
        // The overview lists 25 organizations a page; TCCS47 is found with the search box.
        await page.GotoAsync("/Periods/2026");
        Assert.Equal(25, await page.GetByTestId("overview-table").Locator("tbody tr").CountAsync());
        await page.Locator("#organizations-q").FillAsync(ThirtyMemberOrganization);
        await page.Locator("#organizations-q").PressAsync("Enter");
        await page.WaitForURLAsync($"**/Periods/2026?q={ThirtyMemberOrganization}");
        await page.Locator($"tr[data-organization={ThirtyMemberOrganization}] a").ClickAsync();
        var grid = new EntryGridPage(page);
        await grid.ReadyAsync();
        Assert.Equal(30, await grid.Rows.CountAsync());
        Assert.Equal("0", await grid.CountAsync("Done"));
        Assert.Equal(await grid.Rows.Nth(0).GetAttributeAsync("aria-label"), await grid.FocusedMemberAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Six HTXSNV then twenty-four HTTNV: over the 20 % quota (at most 4 for 24), which the counters show live.
        var keystrokes = 0;
        for (var i = 0; i < 30; i++)
        {
            await page.Keyboard.PressAsync(i < 6 ? "1" : "2");
            keystrokes++;
        }

        Assert.Equal("30", await grid.CountAsync("Done"));
        Assert.Equal("6", await grid.CountAsync("Excellent"));
        Assert.Equal("24", await grid.CountAsync("Good"));
        Assert.Equal("HTXSNV 6 — tối đa 20 % của 24 HTTNV = 4 — vượt 2", await grid.QuotaAsync());
        await Screenshots.TakeAsync(page, "entry-grid");

        await page.Keyboard.PressAsync("Control+s");
        keystrokes++;
        await page.GetByTestId("saved").WaitForAsync();
        Assert.Equal(31, keystrokes);

        // After the reload the server's counts and the saved levels are there, with the quota warning.
        await page.ReloadAsync();
        await grid.ReadyAsync();
        Assert.Equal("30", await grid.CountAsync("Done"));
        Assert.Equal("6", await grid.CountAsync("Excellent"));
        Assert.Equal("1", await grid.LevelSelect(0).InputValueAsync());
        Assert.Equal("2", await grid.LevelSelect(29).InputValueAsync());
        Assert.Contains("vượt 2", await page.GetByTestId("quota-warning").InnerTextAsync(), StringComparison.Ordinal);

        // The member's page shows the change in "Lịch sử thay đổi": who, and old → new.
        await grid.Rows.Nth(0).Locator("a").ClickAsync();
        var history = await page.GetByTestId("history").InnerTextAsync();
        Assert.Contains("staff@demo.local", history, StringComparison.Ordinal);
        Assert.Contains("∅ → HTXSNV", history, StringComparison.Ordinal);

        // The overview shows the organization's members done; it stays "chưa xong" until its own level is entered.
        await page.GotoAsync($"/Periods/2026?unfinished=true&q={ThirtyMemberOrganization}");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var line = page.Locator($"tr[data-organization={ThirtyMemberOrganization}]");
        Assert.Contains("30/30", await line.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("vượt 2", await line.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arrow_keys_move_and_zero_asks_for_the_reason()
    {
        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@demo.local");
        await page.GotoAsync("/Periods/2026?q=TCCS48");
        await page.Locator("tr[data-organization=TCCS48] a").ClickAsync();
        var grid = new EntryGridPage(page);
        await grid.ReadyAsync();
        var second = await grid.Rows.Nth(1).GetAttributeAsync("aria-label");

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(second, await grid.FocusedMemberAsync());
        await page.Keyboard.PressAsync("0");
        var focusedField = await page.EvaluateAsync<string?>("document.activeElement?.dataset.field");
        Assert.Equal("reason", focusedField);
    }

    [Fact]
    public async Task The_first_Tab_lands_on_a_row_digits_mean_levels_and_a_score_out_of_range_is_red_at_once()
    {
        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@demo.local");
        await page.GotoAsync("/Periods/2026?q=TCCS48");
        await page.Locator("tr[data-organization=TCCS48] a").ClickAsync();
        var grid = new EntryGridPage(page);
        await grid.ReadyAsync();
        var members = await grid.Rows.CountAsync();
        Assert.True(members > 1);
        Assert.Equal(members, await page.Locator("tr[data-row][data-member=true][data-pending=true]").CountAsync());

        // Tab into the grid from the last step tab above it: the first line, not a field inside it.
        await page.Locator("[data-step-tab=Decision]").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(await page.Locator("tr[data-row]").Nth(0).GetAttributeAsync("aria-label"), await grid.FocusedMemberAsync());
        Assert.Null(await grid.FocusedFieldAsync());

        // "2" for each member: every member HTTNV, no points typed anywhere.
        await grid.Rows.Nth(0).FocusAsync();
        for (var i = 0; i < members; i++)
        {
            await page.Keyboard.PressAsync("2");
        }

        Assert.Equal(members.ToString(System.Globalization.CultureInfo.InvariantCulture), await grid.CountAsync("Good"));
        for (var i = 0; i < members; i++)
        {
            Assert.Equal("2", await grid.LevelSelect(i).InputValueAsync());
            Assert.Equal("", await grid.ScoreInput(i).InputValueAsync());
        }

        // The points are entered on purpose (→ or F2, into the common group); 250 is red at once, with the group's maximum.
        var url = page.Url;
        await grid.Rows.Nth(0).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("common", await grid.FocusedFieldAsync());
        await page.Keyboard.TypeAsync("250");
        var common = grid.Field(0, "common");
        Assert.True(await common.EvaluateAsync<bool>("e => e.classList.contains('is-invalid')"));
        Assert.Equal("true", await common.GetAttributeAsync("aria-invalid"));
        Assert.Contains("vượt điểm tối đa của nhóm (30)", await grid.Rows.Nth(0).Locator("[data-live]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(url, page.Url);
        Assert.Equal(0, await page.GetByTestId("saved").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Esc back to the row, F2 into the points again: 28.5 reads as 28,5; Enter goes on to the task points.
        await page.Keyboard.PressAsync("Escape");
        Assert.Null(await grid.FocusedFieldAsync());
        await page.Keyboard.PressAsync("F2");
        Assert.Equal("common", await grid.FocusedFieldAsync());
        await page.Keyboard.TypeAsync("28.5");
        Assert.Equal("28,5", await common.InputValueAsync());
        Assert.False(await common.EvaluateAsync<bool>("e => e.classList.contains('is-invalid')"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("task", await grid.FocusedFieldAsync());
        Assert.Equal("2", await grid.LevelSelect(0).InputValueAsync());
    }
}
