using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Data.Auditing;
using PartyReview.Domain.Formatting;
using PartyReview.Domain.Members;
using PartyReview.Domain.Movements;
using PartyReview.Web.Infrastructure.Results;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.Web.Features.Movements;

/// <summary>
/// A member's ledger entries one at a time: record the next, correct one, remove the last, and enter a new member with
/// their first. Each builds a <see cref="LedgerWrite"/> for the <see cref="LedgerWriter"/>. A member (or an entry)
/// outside the user's scope is answered as not found: null.
/// </summary>
public sealed class LedgerService(PartyReviewDbContext db, LedgerLookups lookups, LedgerWriter writer, IAuditContext audit)
{
    /// <summary>Records the member's next entry; a transfer to another organization of the committee records both sides.</summary>
    public async Task<Result?> RecordAsync(int memberId, EventForm form, Scope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(scope);
        var kind = form.Kind!.Value;

        // Receiving a member is the committee's business: a Secretary never records it.
        var member = await MemberAsync(memberId, scope, cancellationToken);
        if (member is null || (scope.IsLimited && kind == MembershipEventKind.TransferredIn))
        {
            return null;
        }

        // Posted from an older look at the member: the conflict comes before any check against a state not shown.
        if (form.MemberVersion is { } shown && shown != member.Version)
        {
            return await writer.StaleAsync(member.Id, cancellationToken);
        }

        return await writer.RefusedAsync(member, await RecordNextAsync(member, form, cancellationToken), cancellationToken);
    }

    private async Task<Result> RecordNextAsync(Member member, EventForm form, CancellationToken cancellationToken)
    {
        var memberId = member.Id;
        var kind = form.Kind!.Value;
        var existing = await db.MembershipEvents.Where(e => e.MemberId == memberId).ToListAsync(cancellationToken);
        var state = MembershipLedger.Replay(MembershipLedger.OriginOf(member, existing), existing).State;
        var ordered = MembershipLedger.Ordered(existing);
        var current = state.OrganizationId ?? (ordered.Count > 0 ? ordered[^1].OrganizationId : null);
        var names = await lookups.OrganizationNamesAsync(cancellationToken);
        var date = form.OccurredOn!.Value;
        var entry = NewEvent(memberId, kind, date, current ?? 0, form);
        var additions = new List<MembershipEvent> { entry };
        switch (kind)
        {
            case MembershipEventKind.Admitted:
                return Result.Fail(nameof(form.Kind), MovementsMessages.AdmitFirst);
            case MembershipEventKind.TransferredIn:
                if (form.OrganizationId is not { } receiving || !names.ContainsKey(receiving))
                {
                    return Result.Fail(nameof(form.OrganizationId), MovementsMessages.ReceivingOrganizationRequired);
                }

                entry.OrganizationId = receiving;
                break;
            case MembershipEventKind.TransferredOut when form.OrganizationId is { } destination:
                if (!names.ContainsKey(destination))
                {
                    return Result.Fail(nameof(form.OrganizationId), MovementsMessages.DestinationUnknown);
                }

                if (destination == current)
                {
                    return Result.Fail(nameof(form.OrganizationId), MovementsMessages.DestinationIsCurrent);
                }

                entry.CounterpartOrganizationId = destination;
                additions.Add(NewEvent(memberId, MembershipEventKind.TransferredIn, date, destination, form, counterpart: current));
                break;
        }

        if (kind != MembershipEventKind.PartyCardIssued && kind != MembershipEventKind.TransferredIn)
        {
            entry.CardNumber = null;
        }

        if (current is null && kind != MembershipEventKind.TransferredIn)
        {
            return Result.Fail(nameof(form.Kind), LedgerErrorKeys.FirstMustJoin);
        }

        return await writer.WriteAsync(
            new LedgerWrite(member, MembershipLedger.OriginOf(member, existing.Concat(additions)), existing)
            {
                Additions = additions, AuditSource = $"Sổ đảng viên: {member.FullName}", ShownVersion = form.MemberVersion,
            },
            cancellationToken);
    }

    /// <summary>Corrects an entry's date, decision, note or card number; the whole ledger is checked again and the change audited.</summary>
    public async Task<Result?> CorrectAsync(int memberId, int eventId, EventForm form, Scope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (member, existing, entry) = await EntryAsync(memberId, eventId, scope, cancellationToken);
        if (member is null || entry is null)
        {
            return null;
        }

        if (form.MemberVersion is { } shown && shown != member.Version)
        {
            return await writer.StaleAsync(member.Id, cancellationToken);
        }

        return await writer.RefusedAsync(member, await CorrectEntryAsync(member, existing, entry, form, cancellationToken), cancellationToken);
    }

    private async Task<Result> CorrectEntryAsync(Member member, List<MembershipEvent> existing, MembershipEvent entry, EventForm form, CancellationToken cancellationToken)
    {

        var origin = MembershipLedger.OriginOf(member, existing);
        if ((await lookups.LockedYearsAsync(cancellationToken)).Contains(entry.OccurredOn.Year))
        {
            return Result.Fail(null, MovementsMessages.LockedYear, entry.OccurredOn.Year);
        }

        var before = LedgerEntryText.Describe(entry, await lookups.NameOfAsync(cancellationToken));
        var changes = new List<LedgerCorrection>();
        var date = form.OccurredOn!.Value;
        var decision = LedgerLookups.Clean(form.DecisionNumber);
        var note = LedgerLookups.Clean(form.Note);
        var card = entry.Kind is MembershipEventKind.PartyCardIssued or MembershipEventKind.TransferredIn ? LedgerLookups.Clean(form.CardNumber) : entry.CardNumber;
        var partner = entry.IsInternalTransfer
            ? existing.SingleOrDefault(e => e.Id != entry.Id && (MembershipLedger.IsTransferPair(e, entry) || MembershipLedger.IsTransferPair(entry, e)))
            : null;
        if (date != entry.OccurredOn)
        {
            changes.Add(new("Ngày", VietnameseFormat.Date(entry.OccurredOn), VietnameseFormat.Date(date)));
            entry.OccurredOn = date;
            if (partner is not null)
            {
                partner.OccurredOn = date;
            }
        }

        if (decision != entry.DecisionNumber)
        {
            changes.Add(new("Số quyết định", entry.DecisionNumber, decision));
            entry.DecisionNumber = decision;
        }

        if (note != entry.Note)
        {
            changes.Add(new("Ghi chú", entry.Note, note));
            entry.Note = note;
        }

        if (card != entry.CardNumber)
        {
            changes.Add(new("Số thẻ", entry.CardNumber, card));
            entry.CardNumber = card;
        }

        return changes.Count == 0 ? Result.Ok : await writer.WriteAsync(
            new LedgerWrite(member, origin, existing)
            {
                Corrected = entry, CorrectedBefore = before, Corrections = changes, AuditSource = $"Sửa sự kiện đảng tịch: {member.FullName}",
                ShownVersion = form.MemberVersion,
            },
            cancellationToken);
    }

    /// <summary>Removes the last entry of a member's ledger (both sides of a transfer between two organizations), with a reason.</summary>
    public async Task<Result?> RemoveLastAsync(int memberId, int eventId, string reason, Scope scope, CancellationToken cancellationToken = default) =>
        await RemoveLastAsync(memberId, eventId, reason, shownVersion: null, scope, cancellationToken);

    /// <summary>
    /// Removes the last entry, as the page showed the member at <paramref name="shownVersion"/>: refused as a conflict
    /// when the member changed since.
    /// </summary>
    public async Task<Result?> RemoveLastAsync(int memberId, int eventId, string reason, int? shownVersion, Scope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var (member, existing, entry) = await EntryAsync(memberId, eventId, scope, cancellationToken);
        if (member is null || entry is null)
        {
            return null;
        }

        if (shownVersion is { } shown && shown != member.Version)
        {
            return await writer.StaleAsync(member.Id, cancellationToken);
        }

        var result = await RemoveAsync(member, existing, eventId, reason, shownVersion, scope, cancellationToken);
        return result is null ? null : await writer.RefusedAsync(member, result, cancellationToken);
    }

    private async Task<Result?> RemoveAsync(
        Member member, List<MembershipEvent> existing, int eventId, string reason, int? shownVersion, Scope scope, CancellationToken cancellationToken)
    {
        var ordered = MembershipLedger.Ordered(existing);
        var removed = ordered[^1].Id == eventId ? [ordered[^1]]
            : ordered.Count >= 2 && ordered[^2].Id == eventId && MembershipLedger.IsTransferPair(ordered[^2], ordered[^1]) ? new List<MembershipEvent> { ordered[^2], ordered[^1] }
            : null;
        if (removed is null)
        {
            return Result.Fail(null, MovementsMessages.OnlyLastEntry);
        }

        if (removed.Count == ordered.Count)
        {
            return Result.Fail(null, MovementsMessages.OnlyEntry);
        }

        if (removed[^1].IsInternalTransfer && removed.Count == 1 && ordered.Count >= 2 && MembershipLedger.IsTransferPair(ordered[^2], ordered[^1]))
        {
            removed.Insert(0, ordered[^2]);
        }

        if (!removed.All(e => MayChange(e, scope)))
        {
            return null;
        }

        return await writer.WriteAsync(
            new LedgerWrite(member, MembershipLedger.OriginOf(member, existing), existing)
            {
                Removals = removed, AuditSource = $"Xóa sự kiện đảng tịch. Lý do: {reason.Trim()}", ShownVersion = shownVersion,
            },
            cancellationToken);
    }

    /// <summary>
    /// Writes a new member and their first entry (admitted here, or received from outside the committee with what they
    /// bring, <paramref name="origin"/>). Used by the member form; the caller has validated the member's own fields.
    /// </summary>
    public async Task<Result> EnterAsync(Member member, MembershipEvent first, MemberOrigin origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(first);
        first.RecordedBy ??= audit.UserName;
        first.RecordedAt ??= lookups.UtcNow;
        return await writer.WriteAsync(
            new LedgerWrite(member, origin, []) { Additions = [first], AuditSource = $"Sổ đảng viên: {member.FullName}" }, cancellationToken);
    }

    private async Task<Member?> MemberAsync(int memberId, Scope scope, CancellationToken cancellationToken)
    {
        var committeeId = await lookups.CommitteeIdAsync(cancellationToken);
        return await db.Members.Where(m => m.Id == memberId && m.CommitteeId == committeeId).InScope(scope, m => m.OrganizationId)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The member, their ledger and one entry of it; nulls when either is unknown or outside the scope.</summary>
    private async Task<(Member? Member, List<MembershipEvent> Existing, MembershipEvent? Entry)> EntryAsync(
        int memberId, int eventId, Scope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var member = await MemberAsync(memberId, scope, cancellationToken);
        var existing = member is null ? [] : await db.MembershipEvents.Where(e => e.MemberId == memberId).ToListAsync(cancellationToken);
        var entry = existing.SingleOrDefault(e => e.Id == eventId && MayChange(e, scope));
        return (member, existing, entry);
    }

    /// <summary>
    /// Whether the scope may correct or remove the entry: its organization, and for either half of a transfer between
    /// two organizations of the committee ("chuyển đi" in A, "chuyển đến" in B) the other one too, since the change
    /// rewrites both rosters. Outside it the entry is answered as not found.
    /// </summary>
    public static bool MayChange(MembershipEvent entry, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Includes(entry.OrganizationId)
               && (!entry.IsInternalTransfer || entry.CounterpartOrganizationId is not { } other || scope.Includes(other));
    }

    private MembershipEvent NewEvent(int memberId, MembershipEventKind kind, DateOnly date, int organizationId, EventForm form, int? counterpart = null) => new()
    {
        MemberId = memberId,
        Kind = kind,
        OccurredOn = date,
        OrganizationId = organizationId,
        CounterpartOrganizationId = counterpart,
        DecisionNumber = LedgerLookups.Clean(form.DecisionNumber),
        Note = LedgerLookups.Clean(form.Note),
        CardNumber = LedgerLookups.Clean(form.CardNumber),
        RecordedBy = audit.UserName,
        RecordedAt = lookups.UtcNow,
    };
}
