using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartyReview.Data;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>
/// The 2026 review as Quy định 366 runs it, in the browser: the Secretary of TCCS02 enters a member's group points,
/// sees HTTNV computed with the unmet condition named, records the proposal and then the decision; staff see proposal
/// and decision side by side and decide the TCCS below its band with a reason.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class StepBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Organization = "TCCS02";

    private async Task<int> OrganizationIdAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        return await db.Organizations.Where(o => o.Code == Organization).Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_secretary_proposes_and_decides_a_member_and_staff_decide_the_organization_below_its_band()
    {
        var organizationId = await OrganizationIdAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await new LoginPage(page).SignInAsync("secretary@demo.local");

        // The Secretary's grid opens at the decision (the furthest step they may record); the tabs lead to the proposal.
        var steps = new StepGridPage(page);
        await page.GotoAsync($"/Periods/2026/Entry/{organizationId}");
        await steps.Grid.ReadyAsync();
        Assert.Equal("page", await steps.Tab("Decision").GetAttributeAsync("aria-current"));
        await steps.Tab("Proposal").ClickAsync();
        await steps.Grid.ReadyAsync();
        Assert.Equal("page", await steps.Tab("Proposal").GetAttributeAsync("aria-current"));

        // Dense: at least 20 member rows in a 1366×768 window, below the counters, once the grid is scrolled to them.
        var grid = steps.Grid;
        Assert.True(await grid.Rows.CountAsync() >= 20);
        await page.Locator(".step-counters").EvaluateAsync("e => e.scrollIntoView({ block: 'start', behavior: 'instant' })"); // Bootstrap scrolls smoothly: count once it is there
        var visible = await page.EvaluateAsync<int>(@"() => {
            const scroller = document.querySelector('.step-scroller').getBoundingClientRect();
            const head = document.querySelector('.step-grid thead').getBoundingClientRect();
            return Array.from(document.querySelectorAll('tr[data-row][data-member=true]')).filter(r => {
                const b = r.getBoundingClientRect();
                return b.top >= Math.max(head.bottom, 0) - 1 && b.bottom <= Math.min(scroller.bottom, window.innerHeight) + 1;
            }).length;
        }");
        Assert.True(visible >= 20, $"{visible} member rows visible");
        Assert.True(await grid.Rows.Nth(0).EvaluateAsync<double>("r => r.getBoundingClientRect().height") < 40);

        // The first member: F2 into the common points, Enter through the groups and the figures.
        var member = grid.Rows.Nth(0);
        var name = await member.GetAttributeAsync("aria-label");
        await member.Locator("[data-field=level]").SelectOptionAsync("");
        await member.Locator("[data-field=reason]").SelectOptionAsync("");
        await member.Locator("[data-field=adjustment]").FillAsync("");
        await member.FocusAsync();
        await page.Keyboard.PressAsync("F2");
        Assert.Equal("common", await grid.FocusedFieldAsync());
        foreach (var value in new[] { "28", "64", "100", "25" })
        {
            await page.Keyboard.TypeAsync(value);
            await page.Keyboard.PressAsync("Enter");
        }

        Assert.Equal("remedied-percent", await grid.FocusedFieldAsync());
        await page.Keyboard.TypeAsync("100");
        Assert.Equal("92", await member.Locator("[data-field=score]").InputValueAsync());
        Assert.Equal("HTTNV", await StepGridPage.ComputedAsync(member));
        Assert.Contains("Chưa đạt điều kiện HTXSNV: nhiệm vụ hoàn thành vượt mức yêu cầu 25 % (cần ít nhất 30 %)", await StepGridPage.FindingsAsync(member), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Enter");
        Assert.NotEqual(name, await grid.FocusedMemberAsync());

        // A second member proposed HTTNV with one key.
        await grid.Rows.Nth(1).FocusAsync();
        await page.Keyboard.PressAsync("2");
        await steps.SaveAsync();
        member = grid.Rows.Nth(0);
        Assert.Equal("HTTNV", await StepGridPage.ComputedAsync(member));
        Assert.Contains("vượt mức yêu cầu 25 % (cần ít nhất 30 %)", await StepGridPage.FindingsAsync(member), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // The decision: the proposal beside it; Enter on the row copies it; the TCCS's line is read-only for the Secretary.
        await steps.Tab("Decision").ClickAsync();
        await grid.ReadyAsync();
        member = grid.Rows.Nth(0);
        Assert.Equal("92 · HTTNV", await StepGridPage.OtherStepAsync(member, "Proposal"));
        Assert.True(await steps.Organization.Locator("[data-field=common]").IsDisabledAsync());
        await member.Locator("[data-field=common]").FillAsync("");
        await member.Locator("[data-field=task]").FillAsync("");
        await member.Locator("[data-field=score]").FillAsync("");
        await member.Locator("[data-field=level]").SelectOptionAsync("");
        await member.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("28", await member.Locator("[data-field=common]").InputValueAsync());
        Assert.Equal("25", await member.Locator("[data-field=exceeded]").InputValueAsync());
        Assert.Equal("HTTNV", await StepGridPage.ComputedAsync(member));
        await steps.SaveAsync();
        Assert.Equal("HTTNV", await StepGridPage.ComputedAsync(grid.Rows.Nth(0)));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Staff: proposal and decision side by side; the TCCS decided below its band, with the reason.
        var staffPage = await browser.NewPageAsync();
        await staffPage.SetViewportSizeAsync(1366, 768);
        await new LoginPage(staffPage).SignInAsync("staff@demo.local");
        var staff = new StepGridPage(staffPage);
        await staff.GotoAsync(2026, organizationId, "Decision");
        member = staff.Grid.Rows.Nth(0);
        Assert.Equal("92 · HTTNV", await StepGridPage.OtherStepAsync(member, "Proposal"));
        Assert.Equal("92", await member.Locator("[data-field=score]").InputValueAsync());
        Assert.Equal("HTTNV", await StepGridPage.ComputedAsync(member));

        var tccs = staff.Organization;
        await tccs.Locator("[data-field=level]").SelectOptionAsync("");
        await tccs.Locator("[data-field=reason]").SelectOptionAsync("");
        await tccs.FocusAsync();
        await staffPage.Keyboard.PressAsync("F2");
        foreach (var value in new[] { "28", "64", "100", "40" })
        {
            await staffPage.Keyboard.TypeAsync(value);
            await staffPage.Keyboard.PressAsync("Enter");
        }

        await staffPage.Keyboard.TypeAsync("100");
        await staffPage.Keyboard.PressAsync("Escape");
        Assert.Equal("HTXSNV", await StepGridPage.ComputedAsync(tccs));
        await staffPage.Keyboard.PressAsync("2");
        Assert.Contains("cần ghi lý do điều chỉnh", await StepGridPage.FindingsAsync(tccs), StringComparison.Ordinal);
        await tccs.Locator("[data-field=adjustment]").FillAsync("Theo tỷ lệ khen thưởng của Đảng ủy Khối");
        await staff.SaveAsync();
        tccs = staff.Organization;
        Assert.Equal("2", await tccs.Locator("[data-field=level]").InputValueAsync());
        Assert.Contains("Điều chỉnh từ HTXSNV xuống HTTNV: Theo tỷ lệ khen thưởng của Đảng ủy Khối", await StepGridPage.FindingsAsync(tccs), StringComparison.Ordinal);

        // Accept every proposal that needs no change: the second member's.
        await staffPage.GetByTestId("accept-all").ClickAsync();
        var report = await staffPage.GetByTestId("accept-report").InnerTextAsync();
        Assert.Contains("đề xuất thành quyết định", report, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(staffPage);

        // The member's page: the three steps side by side; the history names the steps.
        await staffPage.GotoAsync($"/Members/{await staff.Grid.Rows.Nth(0).GetAttributeAsync("data-member-id")}");
        var stepsTable = await staffPage.GetByTestId("member-steps").InnerTextAsync();
        Assert.Contains("Đề xuất", stepsTable, StringComparison.Ordinal);
        Assert.Contains("Quyết định", stepsTable, StringComparison.Ordinal);
        Assert.Contains("secretary@demo.local", stepsTable, StringComparison.Ordinal);
        var history = await staffPage.GetByTestId("history").InnerTextAsync();
        Assert.Contains("Đề xuất", history, StringComparison.Ordinal);
        Assert.Contains("92 điểm (28 + 64), HTTNV", history, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(staffPage);

        // "Quyết định, khóa kỳ" is refused while any subject is undecided, and says how many.
        await staffPage.GotoAsync("/Periods/2026");
        await staffPage.Locator("form[action='/Periods/2026/Decide'] button[type=submit]").ClickAsync();
        var refusal = await staffPage.GetByTestId("period-error").InnerTextAsync();
        Assert.Contains("chưa có quyết định", refusal, StringComparison.Ordinal);
        Assert.Contains("chưa thể khóa kỳ đánh giá", refusal, StringComparison.Ordinal);
        Assert.Equal("Đang đánh giá", (await staffPage.GetByTestId("period-status").InnerTextAsync()).Trim());
        await Accessibility.AssertNoSeriousViolationsAsync(staffPage);
    }
}
