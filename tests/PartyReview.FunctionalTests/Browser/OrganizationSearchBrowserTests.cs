using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartyReview.Data;
using PartyReview.Domain.Organizations;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>With more than 100 organizations, the new member form's drop-down is searched on the server as one types.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class OrganizationSearchBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Typing_a_name_in_the_search_box_puts_the_matching_organizations_in_the_drop_down()
    {
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
            var committeeId = await db.Committees.Select(c => c.Id).FirstAsync(Token);
            db.Organizations.AddRange(Enumerable.Range(0, 45).Select(i => new Organization
            {
                CommitteeId = committeeId, Code = $"THEM{i:00}", Name = $"Chi bộ thêm {i}", Kind = OrganizationKind.Cell,
                FoundedOn = new DateOnly(2000, 1, 1), HasExecutiveCommittee = false,
            }));
            await db.SaveChangesAsync(Token);
        }

        try
        {
            var page = await browser.NewPageAsync();
            await new LoginPage(page).SignInAsync("staff@demo.local");
            await page.GotoAsync("/Members/New");
            var select = page.Locator("#Member_OrganizationId");
            Assert.Equal(101, await select.Locator("option").CountAsync());
            Assert.Equal(0, await select.Locator("option", new() { HasText = "THEM44" }).CountAsync());

            await page.Locator("#Member_OrganizationId-search").FillAsync("chi bo them 44");
            await select.Locator("option", new() { HasText = "THEM44 – Chi bộ thêm 44" }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
            Assert.Equal(2, await select.Locator("option").CountAsync());
            Assert.Contains("1 tổ chức khớp", await page.Locator("#Member_OrganizationId-search-hint").InnerTextAsync(), StringComparison.Ordinal);
            await select.SelectOptionAsync(new SelectOptionValue { Label = "THEM44 – Chi bộ thêm 44" });

            // A second search keeps the organization chosen.
            await page.Locator("#Member_OrganizationId-search").FillAsync("TCCS02");
            await select.Locator("option", new() { HasText = "TCCS02 – " }).WaitForAsync(new() { State = WaitForSelectorState.Attached });
            Assert.Contains("THEM44", await select.Locator("option:checked").InnerTextAsync(), StringComparison.Ordinal);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
        }
        finally
        {
            await using var scope = browser.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
            await db.Organizations.Where(o => o.Code.StartsWith("THEM")).ExecuteDeleteAsync(Token);
        }
    }
}
