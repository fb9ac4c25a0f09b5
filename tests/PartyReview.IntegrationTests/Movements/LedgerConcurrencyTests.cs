using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Movements;
using PartyReview.IntegrationTests.Periods;
using PartyReview.TestSupport;
using PartyReview.Web.Features.Movements;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.IntegrationTests.Movements;

/// <summary>
/// No lost ledger update (ADR 0007): writes to one member's ledger posted from the same look, at the same moment, in
/// separate units of work (their own scope and DbContext), on SQLite and on a real PostgreSQL server: one lands, the
/// others are told of the conflict, and nothing of them is written.
/// </summary>
public sealed class LedgerConcurrencyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<(int Version, int? OrganizationId, int Entries)> MemberAsync(StepYear year, int memberId)
    {
        await using var db = year.Context();
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId, Token);
        return (member.Version, member.OrganizationId, await db.MembershipEvents.CountAsync(e => e.MemberId == memberId, Token));
    }

    /// <summary>StepYear's members have no ledger yet: Member2 is admitted to TCCS01 in 2005 and official a year later.</summary>
    private static async Task<int> MemberWithLedgerAsync(StepYear year)
    {
        var memberId = year.Members["Member2"];
        await using var db = year.Context();
        var member = await db.Members.SingleAsync(m => m.Id == memberId, Token);
        db.MembershipEvents.AddRange(
            new MembershipEvent { MemberId = memberId, Kind = MembershipEventKind.Admitted, OccurredOn = member.AdmittedOn, OrganizationId = year.Organizations["TCCS01"] },
            new MembershipEvent { MemberId = memberId, Kind = MembershipEventKind.MadeOfficial, OccurredOn = member.AdmittedOn.AddYears(1), OrganizationId = year.Organizations["TCCS01"] });
        await db.SaveChangesAsync(Token);
        return memberId;
    }

    private static EventForm Transfer(int destination, DateOnly on, string decision, int version) => new()
    {
        Kind = MembershipEventKind.TransferredOut, OccurredOn = on, OrganizationId = destination, DecisionNumber = decision, MemberVersion = version,
    };

    private static async Task<Result?> RecordAsync(StepYear year, int memberId, EventForm form, string user)
    {
        await using var scope = year.App.Scope(user);
        return await scope.Get<LedgerService>().RecordAsync(memberId, form, Scope.WholeCommittee, Token);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Two_transfers_posted_from_the_same_look_give_one_success_and_one_conflict(DatabaseProvider provider)
    {
        await using var year = await StepYear.CreateAsync(provider);
        var memberId = await MemberWithLedgerAsync(year);
        var seen = await MemberAsync(year, memberId);
        var second = year.Organizations["TCCS02"];

        // Both users read version v, then both post: a transfer to TCCS02 with two different decisions.
        var results = await Task.WhenAll(
            Task.Run(() => RecordAsync(year, memberId, Transfer(second, new DateOnly(2026, 11, 2), "QĐ-X", seen.Version), "staff@demo.local"), Token),
            Task.Run(() => RecordAsync(year, memberId, Transfer(second, new DateOnly(2026, 11, 3), "QĐ-Y", seen.Version), "admin@demo.local"), Token));

        Assert.Single(results, r => r!.Succeeded);
        var conflict = Assert.Single(results, r => !r!.Succeeded)!;
        Assert.NotNull(conflict.Conflict);
        Assert.Equal(EditConflict.MessageKey, conflict.FirstError!.MessageKey);

        // The conflict shows what the other person recorded; the ledger holds one transfer (two halves), not two.
        var after = await MemberAsync(year, memberId);
        Assert.Equal(seen.Version + 1, conflict.Conflict.CurrentVersion);
        Assert.Equal(seen.Version + 1, after.Version);
        Assert.Equal(seen.Entries + 2, after.Entries);
        Assert.Equal(second, after.OrganizationId);
        var shown = Assert.Single(conflict.Conflict.Theirs);
        Assert.Equal("Conflict.LastEntry", shown.Label);
        Assert.StartsWith("Chuyển sinh hoạt đến", shown.Value, StringComparison.Ordinal);
        Assert.Contains(results[0]!.Succeeded ? "QĐ số QĐ-X" : "QĐ số QĐ-Y", shown.Value, StringComparison.Ordinal);

        // A post from the old look, even alone, is refused and writes nothing.
        var stale = await RecordAsync(year, memberId, Transfer(year.Organizations["TCCS01"], new DateOnly(2026, 11, 20), "QĐ-Z", seen.Version), "staff@demo.local");
        Assert.NotNull(stale!.Conflict);
        Assert.Equal(after, await MemberAsync(year, memberId));
    }

    /// <summary>
    /// Eight writers, four rounds: in each round all eight post a transfer from the look they share (the member's
    /// version then), concurrently, each in its own unit of work. Every save lands whole or gets the conflict; the
    /// ledger and the member are what the accepted changes give in one serial order; the audit shows each accepted
    /// change once and nothing of a refused one.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Eight_concurrent_writers_on_one_ledger_land_whole_or_are_told_and_the_result_is_one_serial_order(DatabaseProvider provider)
    {
        const int Writers = 8;
        const int Rounds = 4;
        await using var year = await StepYear.CreateAsync(provider);
        var memberId = await MemberWithLedgerAsync(year);
        var organizations = new[] { year.Organizations["TCCS01"], year.Organizations["TCCS02"] };
        var start = await MemberAsync(year, memberId);
        var accepted = new List<string>();
        var conflicts = 0;

        for (var round = 0; round < Rounds; round++)
        {
            var seen = await MemberAsync(year, memberId);
            var destination = organizations.Single(o => o != seen.OrganizationId);
            var on = new DateOnly(2026, 11, 1).AddDays(round);
            var attempts = Enumerable.Range(0, Writers).Select(writer =>
            {
                var decision = $"QĐ-{round}-{writer}";
                return Task.Run(async () => (Decision: decision, Result: await RecordAsync(year, memberId, Transfer(destination, on, decision, seen.Version), $"writer{writer}@demo.local")), Token);
            });
            var outcomes = await Task.WhenAll(attempts);

            Assert.All(outcomes, o => Assert.True(o.Result!.Succeeded || o.Result.Conflict is not null, o.Result.FirstError?.MessageKey));
            var winner = Assert.Single(outcomes, o => o.Result!.Succeeded);
            accepted.Add(winner.Decision);
            conflicts += outcomes.Count(o => o.Result!.Conflict is not null);
        }

        Assert.Equal(Rounds * (Writers - 1), conflicts);

        // The final state is the accepted transfers applied one after the other.
        await using var db = year.Context();
        var member = await db.Members.AsNoTracking().SingleAsync(m => m.Id == memberId, Token);
        var ledger = MembershipLedger.Ordered(await db.MembershipEvents.AsNoTracking().Where(e => e.MemberId == memberId).ToListAsync(Token));
        Assert.Equal(start.Version + Rounds, member.Version);
        Assert.Equal(start.Entries + (2 * Rounds), ledger.Count);
        var transfers = ledger.Where(e => e.Kind == MembershipEventKind.TransferredOut).ToList();
        Assert.Equal(accepted, transfers.Select(e => e.DecisionNumber));
        var replayed = MembershipLedger.Replay(MembershipLedger.OriginOf(member, ledger), ledger);
        Assert.Null(replayed.Error);
        Assert.Equal(replayed.State.OrganizationId, member.OrganizationId);
        Assert.Equal(Rounds % 2 == 0 ? start.OrganizationId : organizations.Single(o => o != start.OrganizationId), member.OrganizationId);

        // The audit: each accepted half once, none of a refused attempt.
        var audited = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "MembershipEvent" && a.MemberId == memberId && a.Field == "Ghi sự kiện").Select(a => a.NewValue!).ToListAsync(Token);
        Assert.Equal(2 * Rounds, audited.Count);
        foreach (var decision in accepted)
        {
            Assert.Equal(2, audited.Count(a => a.Contains(decision, StringComparison.Ordinal)));
        }

        var refused = Enumerable.Range(0, Rounds).SelectMany(r => Enumerable.Range(0, Writers).Select(w => $"QĐ-{r}-{w}")).Except(accepted);
        Assert.All(refused, decision => Assert.DoesNotContain(audited, a => a.Contains(decision, StringComparison.Ordinal)));
    }
}
