using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using static PartyReview.FunctionalTests.Admin.AdminSteps;

namespace PartyReview.FunctionalTests.Admin;

/// <summary>
/// Each committee's Admin manages that committee's accounts only, gives committee roles only, and reads that
/// committee's part of the audit log.
/// </summary>
public sealed class CommitteeAccountsTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_committees_Admin_lists_and_creates_its_own_accounts_and_cannot_give_the_Province_role()
    {
        await factory.CreateAccountAsync("quantri.khoidn@test.local", "Admin", PartyReviewFactory.SecondCommittee);
        using var admin = await factory.SignInAsync("quantri.khoidn@test.local");

        var list = await admin.GetStringAsync(new Uri("/Admin/Accounts?status=all", UriKind.Relative), Cancel);
        Assert.Contains("staff.khoidn@demo.local", list, StringComparison.Ordinal);
        Assert.DoesNotContain("staff@demo.local", list, StringComparison.Ordinal);
        Assert.DoesNotContain("province@demo.local", list, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Province\"", await admin.GetStringAsync(new Uri("/Admin/Accounts/New", UriKind.Relative), Cancel), StringComparison.Ordinal);

        // A forged Province role is dropped: the account gets the committee role only, in the Admin's committee.
        using (var created = await CreateAccountAsync(admin, "canbo.moi@test.local", "Vũ Văn Mới", ["Staff", "Province"]))
        {
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        using (var onlyProvince = await CreateAccountAsync(admin, "tinh.gia@test.local", "Giả Mạo", ["Province"]))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, onlyProvince.StatusCode);
        }

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>();
        var second = await db.Committees.Where(c => c.Name == PartyReviewFactory.SecondCommittee).Select(c => c.Id).SingleAsync(Cancel);
        var account = await db.Users.SingleAsync(u => u.Email == "canbo.moi@test.local", Cancel);
        Assert.Equal(second, account.CommitteeId);
        var roles = await db.UserRoles.Where(r => r.UserId == account.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(Cancel);
        Assert.Equal(["Staff"], roles);
        Assert.False(await db.Users.AnyAsync(u => u.Email == "tinh.gia@test.local", Cancel));
    }

    [Fact]
    public async Task Each_committee_reads_its_own_part_of_the_audit_log()
    {
        using var firstAdmin = await factory.SignInAsync("admin@demo.local");
        using (var created = await CreateAccountAsync(firstAdmin, "nhatky.khoi@test.local", "Đặng Văn Nhật", ["Leader"]))
        {
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        using var firstStaff = await factory.SignInAsync("staff@demo.local");
        Assert.Contains("nhatky.khoi@test.local", await firstStaff.GetStringAsync(new Uri("/Audit?q=nhatky", UriKind.Relative), Cancel), StringComparison.Ordinal);

        using var secondStaff = await factory.SignInAsync("staff.khoidn@demo.local");
        var theirs = await secondStaff.GetStringAsync(new Uri("/Audit?q=nhatky", UriKind.Relative), Cancel);
        Assert.DoesNotContain("nhatky.khoi@test.local", theirs, StringComparison.Ordinal);
        var export = await secondStaff.GetStringAsync(new Uri("/Audit/Export?format=csv", UriKind.Relative), Cancel);
        Assert.DoesNotContain("nhatky.khoi@test.local", export, StringComparison.Ordinal);
        Assert.DoesNotContain("admin@demo.local", export, StringComparison.Ordinal);
        Assert.Contains("staff.khoidn@demo.local", export, StringComparison.Ordinal);
    }
}
