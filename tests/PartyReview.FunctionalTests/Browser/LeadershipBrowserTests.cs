using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>Staff record a cấp ủy viên of a TCCS in the browser and end the term; it moves to the past terms.</summary>
[Collection(BrowserFixture.Collection)]
public sealed class LeadershipBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_seat_added_in_the_browser_is_listed_and_once_ended_moves_to_the_past_terms()
    {
        int organizationId;
        string code, name;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
            organizationId = await db.Organizations.Where(o => o.Code == "TCCS09").Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
            var member = await db.Members
                // A member of the đảng bộ cơ sở: in the demo, of one of its chi bộ trực thuộc (ADR 0008).
                .Where(m => db.Organizations.Any(o => o.Id == m.OrganizationId && (o.Id == organizationId || o.ParentId == organizationId)) && m.LeftOn == null && m.AdmittedOn < new DateOnly(2025, 1, 1)
                            && !db.LeadershipSeats.Any(s => s.MemberId == m.Id)
                            && !db.MembershipEvents.Any(e => e.MemberId == m.Id && e.OccurredOn >= new DateOnly(2025, 1, 1)))
                .OrderBy(m => m.SortKey).Select(m => new { m.MemberCode, m.FullName }).FirstAsync(TestContext.Current.CancellationToken);
            (code, name) = (member.MemberCode, member.FullName);
        }

        var page = await browser.NewPageAsync();
        await new LoginPage(page).SignInAsync("staff@demo.local");
        var leadership = new LeadershipPage(page);
        await leadership.OpenFromOrganizationAsync(organizationId);
        Assert.Contains(await leadership.RowsAsync("seats-current"), r => r.Contains("Bí thư", StringComparison.Ordinal));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await leadership.AddAsync(code, "Cấp ủy viên", "2026-03-01");
        Assert.Equal("Đã thêm chức vụ cấp ủy.", await leadership.MessageAsync());
        Assert.Contains(await leadership.RowsAsync("seats-current"), r => r.Contains(name, StringComparison.Ordinal) && r.Contains("01/03/2026–nay", StringComparison.Ordinal));
        await Screenshots.TakeAsync(page, "leadership");

        await leadership.EndAsync(name, "2026-04-30");
        Assert.Equal("Đã kết thúc nhiệm kỳ.", await leadership.MessageAsync());
        Assert.Contains(await leadership.RowsAsync("seats-past"), r => r.Contains(name, StringComparison.Ordinal) && r.Contains("01/03/2026–30/04/2026", StringComparison.Ordinal));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
