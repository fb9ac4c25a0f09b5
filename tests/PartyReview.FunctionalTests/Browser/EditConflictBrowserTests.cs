using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;

namespace PartyReview.FunctionalTests.Browser;

/// <summary>
/// Two people edit one member's particulars at the same time: the second save is refused with the first person's
/// values shown, keeps the second person's own values on the page, and lands when saved again (ADR 0007).
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed class EditConflictBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_second_of_two_saves_from_the_same_look_shows_the_first_persons_values_and_lands_when_saved_again()
    {
        int memberId;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
            memberId = await db.Members.Where(m => m.LeftOn == null && m.CommitteeId == db.Committees.Min(c => c.Id)).OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync(TestContext.Current.CancellationToken);
        }

        var staffPage = await browser.NewPageAsync();
        var adminPage = await browser.NewPageAsync();
        await new LoginPage(staffPage).SignInAsync("staff@demo.local");
        await new LoginPage(adminPage).SignInAsync("admin@demo.local");
        var staff = new MemberEditPage(staffPage);
        var admin = new MemberEditPage(adminPage);
        await staff.GotoAsync(memberId);
        await admin.GotoAsync(memberId);

        await admin.SetNameAsync("Nguyễn Thị Quản Trị");
        await admin.SaveAsync();
        Assert.Contains("Đã lưu đảng viên Nguyễn Thị Quản Trị.", await adminPage.InnerTextAsync("main"), StringComparison.Ordinal);

        await staff.SetBirthDateAsync("1980-02-03");
        await staff.SaveAsync();
        var conflict = await staff.ConflictAsync();
        Assert.Contains("Chưa lưu: có người khác vừa lưu thay đổi trong lúc bạn sửa.", conflict, StringComparison.Ordinal);
        Assert.Contains("Người khác đã lưu – Họ và tên: Nguyễn Thị Quản Trị", conflict, StringComparison.Ordinal);
        Assert.Equal("1980-02-03", await staffPage.GetByLabel("Ngày sinh", new() { Exact = true }).InputValueAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(staffPage);
        await Screenshots.TakeAsync(staffPage, "edit-conflict");

        // Saving again applies the staff member's values, by choice, over the version the notice showed.
        await staff.SaveAsync();
        Assert.Equal(string.Empty, await staff.ConflictAsync());
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
            var stored = await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId, TestContext.Current.CancellationToken);
            Assert.Equal(new DateOnly(1980, 2, 3), stored.BirthDate);
        }
    }
}
