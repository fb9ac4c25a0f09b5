using PartyReview.Data;
using PartyReview.Domain.Movements;

namespace PartyReview.Web.Features.Membership;

/// <summary>
/// Membership derived from the ledger by the database (a neutral home that Members, Movements, Periods and Reports all
/// read, so none of them depends on another for it): a member belongs, at a date, where their last joining or
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
               select new Placement { MemberId = e.MemberId, OrganizationId = e.OrganizationId, TccsId = o.ParentId ?? o.Id };
    }

    /// <summary>
    /// The headcount changes up to the end of <paramref name="date"/>. The ledger's rules make every member's entries
    /// alternate joining and leaving, starting with a join, so summing them counts the members at that date (per
    /// organization when grouped) in one pass over the entries, without looking for each member's last entry.
    /// <see cref="PlacementsOn"/> says who they are; this says how many, faster. A test holds the two equal.
    /// </summary>
    public static IQueryable<HeadcountChange> HeadcountChangesUpTo(PartyReviewDbContext db, int committeeId, DateOnly date) =>
        ChangesUpTo(db, date).Where(c => c.CommitteeId == committeeId);

    /// <summary>The same for several committees at once (the province's roll-up), each change with its committee.</summary>
    public static IQueryable<HeadcountChange> HeadcountChangesUpTo(PartyReviewDbContext db, IReadOnlyCollection<int> committeeIds, DateOnly date) =>
        ChangesUpTo(db, date).Where(c => committeeIds.Contains(c.CommitteeId));

    /// <summary>The one home of how an entry changes a headcount.</summary>
    private static IQueryable<HeadcountChange> ChangesUpTo(PartyReviewDbContext db, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from e in db.MembershipEvents
               join o in db.Organizations on e.OrganizationId equals o.Id
               where e.OccurredOn <= date
               select new HeadcountChange
               {
                   CommitteeId = o.CommitteeId,
                   OrganizationId = e.OrganizationId,
                   OccurredOn = e.OccurredOn,
                   TccsId = o.ParentId ?? o.Id,
                   Change = e.Kind == MembershipEventKind.Admitted || e.Kind == MembershipEventKind.TransferredIn ? 1
                       : e.Kind == MembershipEventKind.MadeOfficial || e.Kind == MembershipEventKind.PartyCardIssued ? 0
                       : -1,
               };
    }
}

/// <summary>One ledger entry as a change in an organization's headcount: +1 joining, −1 leaving, 0 otherwise.</summary>
public sealed record HeadcountChange
{
    public int CommitteeId { get; init; }
    public int OrganizationId { get; init; }
    public DateOnly OccurredOn { get; init; }

    /// <summary>The TCCS the organization counts under: its đảng bộ cơ sở for a chi bộ trực thuộc (ADR 0008).</summary>
    public int TccsId { get; init; }
    public int Change { get; init; }
}

/// <summary>A member and the organization they belong to at some date (init-only, so queries can compose on it).</summary>
public sealed record Placement
{
    public int MemberId { get; init; }
    public int OrganizationId { get; init; }

    /// <summary>The TCCS the organization counts under: its đảng bộ cơ sở for a chi bộ trực thuộc (ADR 0008).</summary>
    public int TccsId { get; init; }
}
