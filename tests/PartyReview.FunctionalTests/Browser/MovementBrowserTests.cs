using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Domain.Members;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>Staff record a transfer between two organizations; both organizations' member lists change.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class MovementBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_transfer_recorded_in_the_browser_moves_the_member_between_the_two_organizations_lists()
    {
        int memberId, fromId, toId;
        string toName;
        var page = await browser.NewPageAsync();
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
            var from = await db.Organizations.SingleAsync(o => o.Code == "TCCS03", TestContext.Current.CancellationToken);
            var to = await db.Organizations.SingleAsync(o => o.Code == "TCCS08", TestContext.Current.CancellationToken);
            (fromId, toId, toName) = (from.Id, to.Id, to.Name);
            memberId = await db.Members.Where(m => m.OrganizationId == from.Id && m.Status == MemberStatus.Official)
                .OrderBy(m => m.SortKey).Select(m => m.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        await new LoginPage(page).SignInAsync("staff@demo.local");
        var member = new MemberLedgerPage(page);
        await member.GotoAsync(memberId);
        var name = await member.NameAsync();
        var list = new MemberListPage(page);
        await list.GotoAsync(fromId);
        Assert.Contains(name, await list.NamesAsync(name));
        await list.GotoAsync(toId);
        Assert.DoesNotContain(name, await list.NamesAsync(name));

        await member.GotoAsync(memberId);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await member.RecordTransferAsync("2026-11-16", $"TCCS08 – {toName}", "88-QĐ/ĐUK");

        Assert.Equal("Đã ghi sự kiện vào sổ đảng tịch.", await member.MessageAsync());
        var kinds = await member.LedgerKindsAsync();
        Assert.Equal(["Chuyển đi", "Chuyển đến"], kinds.TakeLast(2).ToList());
        await Screenshots.TakeAsync(page, "member-ledger");

        await list.GotoAsync(fromId);
        Assert.DoesNotContain(name, await list.NamesAsync(name));
        await list.GotoAsync(toId);
        Assert.Contains(name, await list.NamesAsync(name));

        await page.GotoAsync("/Movements/2026");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.TakeAsync(page, "movements-2026");
        await page.GotoAsync("/Movements/Probation");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
