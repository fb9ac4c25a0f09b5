using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Web.Features.Periods;
using PartyReview.Web.Infrastructure.Results;

namespace PartyReview.Web.Features.Movements;

/// <summary>One field of an entry corrected: its label in the audit log, the old and the new value.</summary>
public sealed record LedgerCorrection(string Field, string? OldValue, string? NewValue);

/// <summary>
/// A change to one member's ledger: what it holds now (<see cref="Existing"/>, all tracked), the entries added or
/// removed, or the one entry corrected in place, and what the audit log says about it.
/// </summary>
public sealed record LedgerWrite(Member Member, MemberOrigin Origin, IReadOnlyList<MembershipEvent> Existing)
{
    public IReadOnlyList<MembershipEvent> Additions { get; init; } = [];
    public IReadOnlyList<MembershipEvent> Removals { get; init; } = [];

    /// <summary>The entry corrected in place (already changed), with <see cref="Corrections"/> telling what changed.</summary>
    public MembershipEvent? Corrected { get; init; }

    /// <summary>How the corrected entry read before the correction (the audit's action names it).</summary>
    public string? CorrectedBefore { get; init; }
    public IReadOnlyList<LedgerCorrection> Corrections { get; init; } = [];

    /// <summary>The audit log's source of the change; null keeps the unit of work's.</summary>
    public string? AuditSource { get; init; }

    /// <summary>
    /// The member's version the user's page showed (null: not posted from a page); the change is refused as a conflict
    /// when the member changed since.
    /// </summary>
    public int? ShownVersion { get; init; }

    /// <summary>The ledger after the change.</summary>
    public IReadOnlyList<MembershipEvent> Ledger => [.. Existing.Concat(Additions).Except(Removals)];

    /// <summary>The entries whose date or content the change sets: they must not be in the future or a locked year.</summary>
    public IEnumerable<MembershipEvent> Changed => Corrected is null ? Additions : Additions.Append(Corrected);
}

/// <summary>
/// The one writer of a member's ledger (a new member's too, with their first entry): refuses entries in a year whose review is decided, checks the whole ledger with
/// <see cref="MembershipLedger"/> and card numbers against other members, then writes the entries, the member's
/// resulting state (<see cref="Member.ApplyLedger"/>), the open periods' member lists (<see cref="OpenPeriodRoster"/>)
/// and the audit, in one transaction.
/// </summary>
public sealed class LedgerWriter(
    PartyReviewDbContext db, LedgerLookups lookups, OpenPeriodRoster roster, IAuditContext audit, ILogger<LedgerWriter> logger)
{
    private const string EntityType = "MembershipEvent";

    public async Task<Result> WriteAsync(LedgerWrite write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (write.ShownVersion is { } shown && write.Member.Id != 0 && shown != write.Member.Version)
        {
            logger.LogInformation("Ledger of member {MemberId} refused: shown at version {Shown}, now {Version}", write.Member.Id, shown, write.Member.Version);
            return await StaleAsync(write.Member.Id, cancellationToken);
        }

        var refusal = await CheckAsync(write, cancellationToken);
        if (!refusal.Succeeded)
        {
            return refusal;
        }

        var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            if (write.AuditSource is not null)
            {
                audit.Source = write.AuditSource;
            }

            if (write.Member.Id == 0)
            {
                // A new member enters the ledger: saved first, with the state their first entry gives, for its id.
                write.Member.ApplyLedger(MembershipLedger.Replay(write.Origin, write.Ledger).State);
                db.Members.Add(write.Member);
                await db.SaveChangesAsync(cancellationToken);
            }

            await ApplyAsync(write, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException) when (transaction is not null)
        {
            // Another write to this member committed after it was loaded: the member's UPDATE (… WHERE Version =
            // loaded) touched no row. Nothing of this change is written, its audit neither.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            logger.LogInformation("Ledger of member {MemberId} refused: changed meanwhile", write.Member.Id);
            return await StaleAsync(write.Member.Id, cancellationToken);
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        logger.LogInformation(
            "Ledger of member {MemberId}: {Added} added, {Removed} removed, {Corrected} fields corrected",
            write.Member.Id, write.Additions.Count, write.Removals.Count, write.Corrections.Count);
        return Result.Ok;
    }

    /// <summary>
    /// A refusal judged on what this unit of work read. When another write to the member committed in between (its
    /// version moved), the refusal may come from a state the user never saw: the user is told of the conflict instead.
    /// </summary>
    public async Task<Result> RefusedAsync(Member member, Result refusal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(refusal);
        if (member.Id == 0 || refusal.Succeeded || refusal.Conflict is not null)
        {
            return refusal;
        }

        var stored = await db.Members.AsNoTracking().Where(m => m.Id == member.Id).Select(m => m.Version).SingleAsync(cancellationToken);
        return stored != member.Version ? await StaleAsync(member.Id, cancellationToken) : refusal;
    }

    /// <summary>The change refused as a conflict, with the member's latest entry as it stands now.</summary>
    public async Task<Result> StaleAsync(int memberId, CancellationToken cancellationToken = default)
    {
        var version = await db.Members.AsNoTracking().Where(m => m.Id == memberId).Select(m => m.Version).SingleAsync(cancellationToken);
        var ledger = MembershipLedger.Ordered(await db.MembershipEvents.AsNoTracking().Where(e => e.MemberId == memberId).ToListAsync(cancellationToken));
        var nameOf = await lookups.NameOfAsync(cancellationToken);
        return Result.Stale(new EditConflict(version, ledger.Count == 0 ? [] : [new ConflictValue("Conflict.LastEntry", LedgerEntryText.Describe(ledger[^1], nameOf))]));
    }

    /// <summary>Why the change cannot be written, or <see cref="Result.Ok"/>.</summary>
    public async Task<Result> CheckAsync(LedgerWrite write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var locked = await lookups.LockedYearsAsync(cancellationToken);
        if (write.Changed.Concat(write.Removals).FirstOrDefault(e => locked.Contains(e.OccurredOn.Year)) is { } inLockedYear)
        {
            return Result.Fail(nameof(EventForm.OccurredOn), MovementsMessages.LockedYear, inLockedYear.OccurredOn.Year);
        }

        var nameOf = await lookups.NameOfAsync(cancellationToken);
        if (MembershipLedger.CheckChanged(write.Origin, write.Ledger, write.Changed, lookups.Today, nameOf) is { } error)
        {
            return Result.Fail(error.Field, error.MessageKey, error.Arguments);
        }

        var memberId = write.Member.Id;
        foreach (var card in write.Changed.Select(e => e.CardNumber).Where(c => c is not null).Distinct())
        {
            if (await db.Members.AnyAsync(m => m.PartyCardNumber == card && m.Id != memberId, cancellationToken)
                || await db.MembershipEvents.AnyAsync(e => e.CardNumber == card && e.MemberId != memberId, cancellationToken))
            {
                return Result.Fail(nameof(EventForm.CardNumber), MovementsMessages.CardTaken, card);
            }
        }

        return Result.Ok;
    }

    /// <summary>
    /// Puts a checked change in the unit of work without saving it: entries, audit, the member's state, the open
    /// periods' lists. Batch admissions apply many and save once.
    /// </summary>
    public async Task ApplyAsync(LedgerWrite write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var member = write.Member;
        var names = await lookups.OrganizationNamesAsync(cancellationToken);
        var nameOf = await lookups.NameOfAsync(cancellationToken);
        db.MembershipEvents.RemoveRange(write.Removals);
        foreach (var e in write.Removals)
        {
            Audit(member, e.OrganizationId, "Xóa sự kiện", LedgerEntryText.Describe(e, nameOf), null);
        }

        foreach (var e in write.Additions)
        {
            e.MemberId = member.Id;
            db.MembershipEvents.Add(e);
            Audit(member, e.OrganizationId, "Ghi sự kiện", null, LedgerEntryText.Describe(e, nameOf));
        }

        foreach (var change in write.Corrections)
        {
            Audit(member, write.Corrected!.OrganizationId, $"Sửa sự kiện: {write.CorrectedBefore} – {change.Field}", change.OldValue, change.NewValue);
        }

        var ledger = write.Ledger;
        member.ApplyLedger(MembershipLedger.Replay(write.Origin, ledger).State);

        // Every ledger write moves the member's version: two writes based on the same look cannot both land.
        member.MarkChanged();
        await roster.FollowAsync(member, write.Origin, ledger, names, cancellationToken);
    }

    private void Audit(Member member, int organizationId, string action, string? old, string? value) =>
        db.Audit.Record(EntityType, member.Id, action, old, value, organizationId: organizationId, memberId: member.Id);
}
