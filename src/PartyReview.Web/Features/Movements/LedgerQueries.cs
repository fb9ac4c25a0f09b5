using PartyReview.Data;
using PartyReview.Domain.Movements;

namespace PartyReview.Web.Features.Movements;

/// <summary>
/// Membership derived from the ledger by the database: a member belongs, at a date, where their last joining or
/// leaving entry up to that date put them. Composable, so counts and lists group it in one query.
/// </summary>
public static class LedgerQueries
{
    /// <summary>Every member of the committee at the end of <paramref name="date"/>, with their organization then.</summary>
    public static IQueryable<Placement> PlacementsOn(PartyReviewDbContext db, int committeeId, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(db);
        var moves = db.MembershipEvents.Where(e => e.OccurredOn <= date
                                                   && e.Kind != MembershipEventKind.MadeOfficial
                                                   && e.Kind != MembershipEventKind.PartyCardIssued);
        return from e in moves
               join o in db.Organizations on e.OrganizationId equals o.Id
               where o.CommitteeId == committeeId
                     && (e.Kind == MembershipEventKind.Admitted || e.Kind == MembershipEventKind.TransferredIn)
                     && !moves.Any(later => later.MemberId == e.MemberId
                                            && (later.OccurredOn > e.OccurredOn || (later.OccurredOn == e.OccurredOn && later.Id > e.Id)))
               select new Placement { MemberId = e.MemberId, OrganizationId = e.OrganizationId };
    }
}

/// <summary>A member and the organization they belong to at some date (init-only, so queries can compose on it).</summary>
public sealed record Placement
{
    public int MemberId { get; init; }
    public int OrganizationId { get; init; }
}
