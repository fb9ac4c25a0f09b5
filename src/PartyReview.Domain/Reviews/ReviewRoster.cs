using PartyReview.Domain.Movements;

namespace PartyReview.Domain.Reviews;

/// <summary>What an open period's member list must do after a member's ledger changed.</summary>
public enum RosterChangeKind
{
    /// <summary>The list already agrees with the ledger.</summary>
    None,

    /// <summary>The member belongs to an organization at the review date and is not on the list yet.</summary>
    Join,

    /// <summary>The member is on the list under another organization than the ledger says.</summary>
    Move,

    /// <summary>The member no longer belongs to the committee at the review date.</summary>
    Remove,
}

/// <summary>
/// One change to a period's member list: the organization the member is listed under before and after, and for a
/// new entry the not-rated reason it starts with.
/// </summary>
public readonly record struct RosterChange(RosterChangeKind Kind, int? FromOrganizationId, int? ToOrganizationId, NotRatedReason? StartsNotRated)
{
    public static RosterChange None { get; } = new(RosterChangeKind.None, null, null, null);

    /// <summary>The organizations whose entry sheets the change touches (their sheet version must move on).</summary>
    public IEnumerable<int> TouchedOrganizations()
    {
        if (FromOrganizationId is { } from)
        {
            yield return from;
        }

        if (ToOrganizationId is { } to && to != FromOrganizationId)
        {
            yield return to;
        }
    }
}

/// <summary>
/// Who is on a review period's list, and how they start: the one home of "founded or admitted less than six months
/// before the review date → not rated" and of keeping an open period's member list in step with the ledger.
/// </summary>
public static class ReviewRoster
{
    /// <summary>Months an organization or a member must have existed before the review date to be rated.</summary>
    public const int MonthsBeforeRated = 6;

    /// <summary>Admitted less than six months before the review date: takes part in the review but is not rated.</summary>
    public static bool IsNewlyAdmitted(DateOnly admittedOn, DateOnly reviewDate) => admittedOn > reviewDate.AddMonths(-MonthsBeforeRated);

    /// <summary>Founded less than six months before the review date: the organization and its leadership are not rated.</summary>
    public static bool IsNewlyFounded(DateOnly foundedOn, DateOnly reviewDate) => foundedOn > reviewDate.AddMonths(-MonthsBeforeRated);

    /// <summary>
    /// The not-rated reason a member starts a period with: newly admitted first, else the reason carried over from the
    /// previous year (exempt, suspended), else none.
    /// </summary>
    public static NotRatedReason? MemberStartsNotRated(DateOnly? admittedOn, DateOnly reviewDate, NotRatedReason? carriedOver = null) =>
        admittedOn is { } admitted && IsNewlyAdmitted(admitted, reviewDate) ? NotRatedReason.NewlyAdmitted : carriedOver;

    /// <summary>The not-rated reason an organization (and its leadership collective) starts a period with.</summary>
    public static NotRatedReason? OrganizationStartsNotRated(DateOnly foundedOn, DateOnly reviewDate) =>
        IsNewlyFounded(foundedOn, reviewDate) ? NotRatedReason.NewlyFounded : null;

    /// <summary>
    /// How a period's list must change for a member whose ledger leaves them in <paramref name="stateOnReviewDate"/>
    /// at the period's review date, when the list has them under <paramref name="listedUnder"/> (null: not listed).
    /// </summary>
    public static RosterChange Follow(MembershipState stateOnReviewDate, int? listedUnder, DateOnly reviewDate)
    {
        ArgumentNullException.ThrowIfNull(stateOnReviewDate);
        return (stateOnReviewDate.OrganizationId, listedUnder) switch
        {
            ({ } organization, null) => new(RosterChangeKind.Join, null, organization, MemberStartsNotRated(stateOnReviewDate.AdmittedOn, reviewDate)),
            ({ } organization, { } listed) when organization != listed => new(RosterChangeKind.Move, listed, organization, null),
            (null, { } listed) => new(RosterChangeKind.Remove, listed, null, null),
            _ => RosterChange.None,
        };
    }
}
