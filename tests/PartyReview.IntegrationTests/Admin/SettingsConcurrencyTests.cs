using Microsoft.EntityFrameworkCore;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Admin.Settings;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.IntegrationTests.Admin;

/// <summary>The committee's settings form carries the version it showed: a save from an older look is refused (ADR 0007).</summary>
public sealed class SettingsConcurrencyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stale_settings_save_is_refused_writes_nothing_not_even_its_audit_and_shows_the_other_persons_values()
    {
        await using var app = AppServices.Create(await DemoDatabase.CopyAsync(), Now);
        CommitteeSettingsForm mine, theirs;
        await using (var scope = app.Scope("admin@demo.local"))
        {
            mine = (await scope.Get<SettingsService>().GetAsync(Token)).Form;
            theirs = (await scope.Get<SettingsService>().GetAsync(Token)).Form;
        }

        theirs.DefaultSigner = "Người Ký Khác";
        await using (var scope = app.Scope("admin@demo.local"))
        {
            Assert.True((await scope.Get<SettingsService>().SaveAsync(theirs, Token)).Succeeded);
        }

        int audited;
        await using (var scope = app.Scope())
        {
            audited = await scope.Db().AuditEntries.CountAsync(Token);
        }

        mine.DefaultExcellenceQuotaPercent = 15;
        Result refused;
        await using (var scope = app.Scope("admin@demo.local"))
        {
            refused = await scope.Get<SettingsService>().SaveAsync(mine, Token);
        }

        var conflict = Assert.IsType<EditConflict>(refused.Conflict);
        Assert.Equal(mine.Version + 1, conflict.CurrentVersion);
        Assert.Equal("Người Ký Khác", Assert.Single(conflict.Theirs, v => v.Label == "Settings.DefaultSigner").Value);
        Assert.Contains(conflict.Theirs, v => v.Label == "Settings.DefaultQuota");

        await using (var scope = app.Scope())
        {
            var stored = await scope.Db().Committees.AsNoTracking().OrderBy(c => c.Id).FirstAsync(Token);
            Assert.Equal(("Người Ký Khác", theirs.DefaultExcellenceQuotaPercent, conflict.CurrentVersion), (stored.DefaultSigner, (int?)stored.DefaultExcellenceQuotaPercent, stored.Version));
            Assert.Equal(audited, await scope.Db().AuditEntries.CountAsync(Token));
        }
    }
}
