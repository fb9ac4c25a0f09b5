using Microsoft.EntityFrameworkCore;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Periods;
using PartyReview.Web.Features.Reports;

namespace PartyReview.IntegrationTests.Periods;

/// <summary>
/// A decided year's figures are counted once and read back (ADR 0009): the same figures as a live count, unchanged by
/// later ledger entries dated in that year, and counted live again once the year is reopened, then kept anew at the
/// next decision.
/// </summary>
public sealed class DecidedFiguresTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_decided_year_keeps_exactly_the_figures_a_live_count_gives()
    {
        await using var app = AppServices.Create(await DemoDatabase.CopyAsync(), Now);
        var live = await FiguresOfEveryDecidedYearAsync(app);

        await using (var scope = app.Scope())
        {
            Assert.Equal(7, await scope.Get<TallyService>().KeepMissingFiguresAsync(Token));
            Assert.Equal(0, await scope.Get<TallyService>().KeepMissingFiguresAsync(Token));
        }

        Assert.Equal(live, await FiguresOfEveryDecidedYearAsync(app));
        await using var check = app.Scope();
        var db = check.Db();
        Assert.False(await db.ReviewPeriods.AnyAsync(p => p.Status == ReviewPeriodStatus.Decided && p.Figures == null, Token));
        Assert.True(await db.ReviewPeriods.AnyAsync(p => p.Status == ReviewPeriodStatus.Open && p.Figures == null, Token));
    }

    [Fact]
    public async Task A_decided_year_reads_back_in_one_query_and_is_not_moved_by_a_later_ledger_entry_until_reopened()
    {
        await using var app = AppServices.Create(await DemoDatabase.CopyAsync(), Now);
        int committee;
        await using (var scope = app.Scope())
        {
            committee = await scope.Db().Committees.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(Token);
            await scope.Get<TallyService>().KeepMissingFiguresAsync(Token);
        }

        // One transfer out of 2019 disappears from the ledger behind the app's back (a correction made outside it).
        await using (var scope = app.Scope())
        {
            var db = scope.Db();
            var entry = await db.MembershipEvents
                .Where(e => e.Kind == MembershipEventKind.TransferredOut && e.CounterpartOrganizationId == null && e.OccurredOn.Year == 2019
                            && db.Members.Any(m => m.Id == e.MemberId && m.CommitteeId == committee))
                .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(Token);
            await db.MembershipEvents.Where(e => e.Id == entry).ExecuteDeleteAsync(Token);
        }

        await using (var scope = app.Scope())
        {
            app.Commands.Count = 0;
            var frozen = await scope.Get<TallyService>().GetMovementTallyAsync(committee, 2019, Token);
            Assert.Equal(1, app.Commands.Count);
            Assert.Equal(165, frozen.Count(MembershipEventKind.TransferredOut));
            Assert.Equal(2748, frozen.MembersAtEnd);
        }

        await using (var scope = app.Scope("admin@demo.local"))
        {
            Assert.True((await scope.Get<PeriodService>().ReopenAsync(2019, "Sửa sổ đảng tịch theo kết luận kiểm tra", Token)).Succeeded);
        }

        await using (var scope = app.Scope())
        {
            var reopened = await scope.Get<TallyService>().GetMovementTallyAsync(committee, 2019, Token);
            Assert.Equal(164, reopened.Count(MembershipEventKind.TransferredOut));
            Assert.Equal(2749, reopened.MembersAtEnd);
            Assert.True((await scope.Get<PeriodService>().DecideAsync(2019, Token)).Succeeded);
        }

        await using (var scope = app.Scope())
        {
            var db = scope.Db();
            var kept = await db.ReviewPeriods.Where(p => p.CommitteeId == committee && p.Year == 2019).Select(p => p.Figures).SingleAsync(Token);
            Assert.NotNull(kept);
            Assert.Equal(164, kept.MovementTally().Count(MembershipEventKind.TransferredOut));
            Assert.Equal(62, kept.Tally(2019, RuleSet.Regulation132Guidance21).Organizations.GoodOrBetter);
        }
    }

    /// <summary>Every decided year of every committee, as text: its three tallies and its movements.</summary>
    private static async Task<List<string>> FiguresOfEveryDecidedYearAsync(AppServices app)
    {
        await using var scope = app.Scope();
        var db = scope.Db();
        var tallies = scope.Get<TallyService>();
        var years = await db.ReviewPeriods.Where(p => p.Status == ReviewPeriodStatus.Decided)
            .OrderBy(p => p.CommitteeId).ThenBy(p => p.Year).Select(p => new { p.CommitteeId, p.Year }).ToListAsync(Token);
        var figures = new List<string>();
        foreach (var year in years)
        {
            var tally = (await tallies.GetYearTallyAsync(year.CommitteeId, year.Year, Token))!;
            var movements = await tallies.GetMovementTallyAsync(year.CommitteeId, year.Year, Token);
            figures.Add($"{year.CommitteeId}/{year.Year}: {Text(tally.Organizations)} | {Text(tally.Leadership)} | {Text(tally.Members)} | "
                        + string.Join(",", movements.Counts.OrderBy(c => c.Kind).Select(c => $"{c.Kind}={c.Count}"))
                        + $" target {movements.AdmissionTarget} from {movements.MembersAtStart} to {movements.MembersAtEnd}");
        }

        return figures;
    }

    private static string Text(SubjectTally t) =>
        $"{t.Total}/{t.Rated}/{t.Excellent}/{t.GoodOnly}/{t.Complete}/{t.NotComplete}/" + string.Join(",", t.NotRatedByReason.Select(r => $"{r.Reason}={r.Count}"));
}
