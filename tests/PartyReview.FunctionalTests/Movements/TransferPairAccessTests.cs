using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyReview.Data;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.FunctionalTests.Admin;

namespace PartyReview.FunctionalTests.Movements;

/// <summary>
/// Through the real pipeline: either half of a transfer between two organizations ("chuyển đi" in A, "chuyển đến" in
/// B) needs access to both, so the Secretary of B cannot rewrite A's roster; and a ledger entry posted from an older
/// look at the member is refused with what the other person recorded (ADR 0007).
/// </summary>
public sealed class TransferPairAccessTests(PartyReviewFactory factory) : IClassFixture<PartyReviewFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<T> DbAsync<T>(Func<PartyReviewDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<PartyReviewDbContext>());
    }

    private Task<int> OrganizationAsync(string code) => DbAsync(db => db.Organizations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync(Token));

    private Task<int> MemberOfAsync(int organizationId, int skip) => DbAsync(db => db.Members
        .Where(m => m.OrganizationId == organizationId && m.Status == MemberStatus.Official).OrderByDescending(m => m.Id).Skip(skip).Select(m => m.Id).FirstAsync(Token));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The member's version as the ledger page shows it (the forms post it back).</summary>
    private async Task<string> VersionOfAsync(int memberId) => Text(await DbAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Version).SingleAsync(Token)));

    [Fact]
    public async Task The_secretary_of_the_receiving_organization_cannot_delete_or_correct_either_half_of_a_transfer_staff_can()
    {
        var from = await OrganizationAsync("TCCS03");
        var to = await OrganizationAsync("TCCS02");
        var member = await MemberOfAsync(from, 0);

        // Staff record the transfer TCCS03 → TCCS02: the member now belongs to the Secretary's organization.
        using var staff = await factory.SignInAsync("staff@demo.local");
        using (var recorded = await AdminSteps.PostAsync(staff, $"/Members/{member}", $"/Members/{member}/Events",
                   ("Next.Kind", "TransferredOut"), ("Next.OccurredOn", "2026-11-02"), ("Next.OrganizationId", Text(to)), ("Next.DecisionNumber", "15-QĐ/ĐUK"),
                   ("Next.MemberVersion", await VersionOfAsync(member))))
        {
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }

        var halves = await DbAsync(db => db.MembershipEvents.Where(e => e.MemberId == member && e.OccurredOn == new DateOnly(2026, 11, 2)).ToListAsync(Token));
        var arrival = Assert.Single(halves, e => e.Kind == MembershipEventKind.TransferredIn);
        var departure = Assert.Single(halves, e => e.Kind == MembershipEventKind.TransferredOut);
        Assert.Equal((to, from), (arrival.OrganizationId, arrival.CounterpartOrganizationId));

        // The Secretary of TCCS02 sees the member, but neither half of the pair: 404, and nothing changes.
        using var secretary = await factory.SignInAsync("secretary@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync(new Uri($"/Members/{member}", UriKind.Relative), Token)).StatusCode);
        foreach (var half in new[] { arrival.Id, departure.Id })
        {
            using var form = await secretary.GetAsync(new Uri($"/Members/{member}/Events/{half}/Edit", UriKind.Relative), Token);
            Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
            using var deleted = await AdminSteps.PostAsync(secretary, $"/Members/{member}", $"/Members/{member}/Events/{half}/Delete", ("Reason", "Ghi nhầm đơn vị chuyển đến"), ("MemberVersion", await VersionOfAsync(member)));
            Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
            using var corrected = await AdminSteps.PostAsync(secretary, $"/Members/{member}", $"/Members/{member}/Events/{half}/Edit",
                ("Editing.Kind", "TransferredIn"), ("Editing.OccurredOn", "2026-11-03"), ("Editing.Note", "sửa"), ("Editing.MemberVersion", await VersionOfAsync(member)));
            Assert.Equal(HttpStatusCode.NotFound, corrected.StatusCode);
        }

        Assert.Equal(2, await DbAsync(db => db.MembershipEvents.CountAsync(e => e.MemberId == member && e.OccurredOn == new DateOnly(2026, 11, 2), Token)));
        Assert.Equal(to, await DbAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.OrganizationId).SingleAsync(Token)));

        // Staff (committee-wide) may: the pair goes, and the member is back in TCCS03.
        using (var deleted = await AdminSteps.PostAsync(staff, $"/Members/{member}", $"/Members/{member}/Events/{arrival.Id}/Delete", ("Reason", "Ghi nhầm đơn vị chuyển đến"), ("MemberVersion", await VersionOfAsync(member))))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        Assert.Equal(0, await DbAsync(db => db.MembershipEvents.CountAsync(e => e.MemberId == member && e.OccurredOn == new DateOnly(2026, 11, 2), Token)));
        Assert.Equal(from, await DbAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.OrganizationId).SingleAsync(Token)));
    }

    [Fact]
    public async Task A_ledger_entry_posted_from_an_older_look_answers_409_with_what_the_other_person_recorded_and_writes_nothing()
    {
        var from = await OrganizationAsync("TCCS03");
        var member = await MemberOfAsync(from, 1);
        var seen = await DbAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.Version).SingleAsync(Token));
        var page = await (await factory.SignInAsync("staff@demo.local")).GetStringAsync(new Uri($"/Members/{member}", UriKind.Relative), Token);
        Assert.Contains($"name=\"Next.MemberVersion\" value=\"{seen}\"", page, StringComparison.Ordinal);

        // One user records a transfer to TCCS04 from the look at version v…
        using var one = await factory.SignInAsync("staff@demo.local");
        using (var first = await AdminSteps.PostAsync(one, $"/Members/{member}", $"/Members/{member}/Events",
                   ("Next.Kind", "TransferredOut"), ("Next.OccurredOn", "2026-11-05"), ("Next.OrganizationId", Text(await OrganizationAsync("TCCS04"))),
                   ("Next.MemberVersion", Text(seen))))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        // …the other, from the same look, a transfer to TCCS05: refused, told what was recorded meanwhile.
        using var other = await factory.SignInAsync("admin@demo.local");
        using var second = await AdminSteps.PostAsync(other, "/Members", $"/Members/{member}/Events",
            ("Next.Kind", "TransferredOut"), ("Next.OccurredOn", "2026-11-06"), ("Next.OrganizationId", Text(await OrganizationAsync("TCCS05"))),
            ("Next.MemberVersion", Text(seen)));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync(Token);
        Assert.Contains("Chưa lưu: có người khác vừa lưu thay đổi trong lúc bạn sửa.", html, StringComparison.Ordinal);
        Assert.Contains("Người khác đã lưu – Sự kiện mới nhất: <span data-their>Chuyển sinh hoạt đến ngày 05/11/2026", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"Next.MemberVersion\" value=\"{seen + 1}\"", html, StringComparison.Ordinal);
        Assert.Equal(2, await DbAsync(db => db.MembershipEvents.CountAsync(e => e.MemberId == member && e.OccurredOn >= new DateOnly(2026, 11, 5), Token)));
    }
}
