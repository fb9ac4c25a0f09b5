using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.FunctionalTests.Admin;

namespace PartyReview.FunctionalTests.Members;

/// <summary>
/// Through the real pipeline: the edit forms carry the version they showed, and a save from an older look answers 409
/// with the user's values still in the form and the other person's listed beside them (ADR 0007).
/// </summary>
public sealed class StaleEditPageTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<T> DbAsync<T>(Func<PartyReviewDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>());
    }

    [Fact]
    public async Task A_stale_member_edit_answers_409_with_the_other_persons_name_and_keeps_the_users_values()
    {
        var member = await DbAsync(db => db.Members.Where(m => m.LeftOn == null).OrderBy(m => m.Id).Select(m => new { m.Id, m.MemberCode, m.Gender, m.BirthDate, m.Version }).FirstAsync(Token));
        using var staff = await factory.SignInAsync("staff@demo.local");
        var form = await staff.GetStringAsync(new Uri($"/Members/{member.Id}/Edit", UriKind.Relative), Token);
        Assert.Contains($"name=\"Member.Version\" value=\"{member.Version}\"", form, StringComparison.Ordinal);

        (string, string)[] Fields(string name) =>
        [
            ("Member.MemberCode", member.MemberCode), ("Member.FullName", name), ("Member.Gender", member.Gender.ToString()),
            ("Member.BirthDate", member.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Member.Version", member.Version.ToString(CultureInfo.InvariantCulture)),
        ];

        using var admin = await factory.SignInAsync("admin@demo.local");
        using (var first = await AdminSteps.PostAsync(admin, $"/Members/{member.Id}/Edit", $"/Members/{member.Id}/Edit", Fields("Phạm Thị Người Trước")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await AdminSteps.PostAsync(staff, $"/Members/{member.Id}/Edit", $"/Members/{member.Id}/Edit", Fields("Hoàng Văn Người Sau"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync(Token);
        Assert.Contains("Chưa lưu: có người khác vừa lưu thay đổi trong lúc bạn sửa.", html, StringComparison.Ordinal);
        Assert.Contains("<span data-their>Phạm Thị Người Trước</span>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Hoàng Văn Người Sau\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"Member.Version\" value=\"{member.Version + 1}\"", html, StringComparison.Ordinal);
        Assert.Equal("Phạm Thị Người Trước", await DbAsync(db => db.Members.Where(m => m.Id == member.Id).Select(m => m.FullName).SingleAsync(Token)));
    }
}
