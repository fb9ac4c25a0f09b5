using Microsoft.EntityFrameworkCore;
using PartyReview.Data;
using PartyReview.Domain.Movements;
using PartyReview.Web.Features.Organizations;
using PartyReview.Web.Infrastructure.Scoping;

namespace PartyReview.Web.Features.Movements;

/// <summary>A member's ledger as the member page shows it, and one entry as its correction form; null outside the scope.</summary>
public sealed class MemberLedgerQuery(PartyReviewDbContext db, LedgerLookups lookups)
{
    public async Task<MemberLedgerViewModel?> GetLedgerAsync(int memberId, Scope scope, CancellationToken cancellationToken = default)
    {
        var committeeId = await lookups.CommitteeIdAsync(cancellationToken);
        var member = await db.Members.AsNoTracking().Where(m => m.Id == memberId && m.CommitteeId == committeeId).InScope(scope, m => m.OrganizationId)
            .Select(m => new { m.Id, m.FullName, m.Version }).SingleOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return null;
        }

        var names = await lookups.OrganizationNamesAsync(cancellationToken);
        var events = MembershipLedger.Ordered(await db.MembershipEvents.AsNoTracking().Where(e => e.MemberId == memberId).ToListAsync(cancellationToken));
        var locked = await lookups.LockedYearsAsync(cancellationToken);
        return new MemberLedgerViewModel
        {
            MemberId = member.Id,
            FullName = member.FullName,
            MemberVersion = member.Version,
            Lines = [.. events.Select((e, i) => new LedgerLine(
                e.Id, e.Kind, e.OccurredOn, names.GetValueOrDefault(e.OrganizationId, "?"),
                e.CounterpartOrganizationId is { } c ? names.GetValueOrDefault(c, "?") : null,
                e.CardNumber, e.DecisionNumber, e.Note, e.RecordedBy, e.RecordedAt,
                IsLast: i == events.Count - 1 || (i == events.Count - 2 && MembershipLedger.IsTransferPair(e, events[^1])),
                IsLocked: locked.Contains(e.OccurredOn.Year)))],
            Organizations = OrganizationChoiceModel.From([.. names.Take(OrganizationChoiceModel.MaxOptions + 1).Select(n => new OrganizationOption(n.Key, "", n.Value))], null),
            Next = new EventForm { OccurredOn = lookups.Today, MemberVersion = member.Version },
        };
    }

    /// <summary>Whether the member is inside the scope (a Secretary no longer sees a member who left their organization).</summary>
    public async Task<bool> IsInScopeAsync(int memberId, Scope scope, CancellationToken cancellationToken = default)
    {
        var committeeId = await lookups.CommitteeIdAsync(cancellationToken);
        return await db.Members.Where(m => m.Id == memberId && m.CommitteeId == committeeId).InScope(scope, m => m.OrganizationId).AnyAsync(cancellationToken);
    }

    /// <summary>The form of one entry, for its correction; null when the member or the entry is outside the scope.</summary>
    public async Task<EventForm?> GetEventFormAsync(int memberId, int eventId, Scope scope, CancellationToken cancellationToken = default)
    {
        var committeeId = await lookups.CommitteeIdAsync(cancellationToken);
        var version = await db.Members.Where(m => m.Id == memberId && m.CommitteeId == committeeId).InScope(scope, m => m.OrganizationId)
            .Select(m => (int?)m.Version).SingleOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return null;
        }

        // Either half of a transfer between two organizations needs both (LedgerService.MayChange).
        var entry = await db.MembershipEvents.AsNoTracking().Where(e => e.Id == eventId && e.MemberId == memberId).InScope(scope, e => e.OrganizationId)
            .SingleOrDefaultAsync(cancellationToken);
        return entry is null || !LedgerService.MayChange(entry, scope) ? null : new EventForm
        {
            Kind = entry.Kind, OccurredOn = entry.OccurredOn, OrganizationId = entry.CounterpartOrganizationId, DecisionNumber = entry.DecisionNumber,
            Note = entry.Note, CardNumber = entry.CardNumber, MemberVersion = version,
        };
    }
}
