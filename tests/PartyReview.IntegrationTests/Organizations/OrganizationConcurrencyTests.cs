using Microsoft.EntityFrameworkCore;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Organizations;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.IntegrationTests.Organizations;

/// <summary>An organization's edit form carries the version it showed: a save from an older look is refused (ADR 0007).</summary>
public sealed class OrganizationConcurrencyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stale_organization_save_is_refused_writes_nothing_and_shows_the_other_persons_values()
    {
        await using var app = AppServices.Create(await DemoDatabase.CopyAsync(), Now);
        int id;
        OrganizationForm mine, theirs;
        await using (var scope = app.Scope())
        {
            id = await scope.Db().Organizations.Where(o => o.Code == "TCCS03").Select(o => o.Id).SingleAsync(Token);
            mine = (await scope.Get<OrganizationService>().GetAsync(id, Token))!.Organization;
            theirs = (await scope.Get<OrganizationService>().GetAsync(id, Token))!.Organization;
        }

        theirs.Name = "Đảng bộ Sở Đổi Tên";
        await using (var scope = app.Scope("admin@demo.local"))
        {
            Assert.True((await scope.Get<OrganizationService>().SaveAsync(id, theirs, Token)).Succeeded);
        }

        mine.HasExecutiveCommittee = !mine.HasExecutiveCommittee;
        Result refused;
        await using (var scope = app.Scope())
        {
            refused = await scope.Get<OrganizationService>().SaveAsync(id, mine, Token);
        }

        var conflict = Assert.IsType<EditConflict>(refused.Conflict);
        Assert.Equal(mine.Version + 1, conflict.CurrentVersion);
        Assert.Equal("Đảng bộ Sở Đổi Tên", Assert.Single(conflict.Theirs, v => v.Label == "Organization.Name").Value);
        Assert.Contains(conflict.Theirs, v => v.Label == "Organization.HasExecutiveCommittee" && v.ValueIsKey);

        await using (var scope = app.Scope())
        {
            var stored = await scope.Db().Organizations.AsNoTracking().SingleAsync(o => o.Id == id, Token);
            Assert.Equal(("Đảng bộ Sở Đổi Tên", theirs.HasExecutiveCommittee, conflict.CurrentVersion), (stored.Name, stored.HasExecutiveCommittee, stored.Version));
        }
    }
}
