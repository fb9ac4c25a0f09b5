namespace PartyReview.Domain.Organizations;

/// <summary>
/// A member's seat on a TCCS's cấp ủy (or as head of its agency) for a term: from <see cref="StartsOn"/> to
/// <see cref="EndsOn"/> inclusive, open while the term runs. The leadership-collective review reads who held a cấp ủy
/// seat in the review year (docs/domain/structure.md §3).
/// </summary>
public class LeadershipSeat
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int MemberId { get; set; }
    public LeadershipPost Post { get; set; }

    /// <summary>The first day of the term.</summary>
    public DateOnly StartsOn { get; set; }

    /// <summary>The last day of the term; null while it runs.</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>Raised on every change; a change based on an older version is refused (ADR 0007).</summary>
    public int Version { get; private set; }

    public void MarkChanged() => Version++;

    public bool IsHeldOn(DateOnly date) => StartsOn <= date && (EndsOn is null || date <= EndsOn);

    /// <summary>Whether the term and the days <paramref name="from"/>–<paramref name="to"/> (inclusive) share a day.</summary>
    public bool IsHeldDuring(DateOnly from, DateOnly to) => StartsOn <= to && (EndsOn is null || EndsOn >= from);

    /// <summary>Held on some day of <paramref name="year"/>.</summary>
    public bool IsHeldIn(int year) => IsHeldDuring(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public bool Overlaps(LeadershipSeat other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return IsHeldDuring(other.StartsOn, other.EndsOn ?? DateOnly.MaxValue);
    }

    /// <summary>Ends the term on <paramref name="lastDay"/>; refused (false) before its start or when already ended.</summary>
    public bool TryEnd(DateOnly lastDay)
    {
        if (EndsOn is not null || lastDay < StartsOn)
        {
            return false;
        }

        EndsOn = lastDay;
        MarkChanged();
        return true;
    }

    /// <summary>A seat with its term as recorded (e.g. a past term, or the demo's).</summary>
    public static LeadershipSeat Create(int organizationId, int memberId, LeadershipPost post, DateOnly startsOn, DateOnly? endsOn = null) =>
        new() { OrganizationId = organizationId, MemberId = memberId, Post = post, StartsOn = startsOn, EndsOn = endsOn };
}

/// <summary>Why a seat cannot be recorded as given.</summary>
public enum SeatProblem
{
    /// <summary>The term ends before it starts.</summary>
    EndsBeforeStart = 1,

    /// <summary>Another Bí thư of the same organization holds office on a day of this term.</summary>
    SecondSecretary = 2,

    /// <summary>The same member already holds a seat of the same kind in the organization on a day of this term.</summary>
    MemberAlreadySeated = 3,

    /// <summary>The member does not belong to the organization on the first day of the term (ledger, ADR 0005).</summary>
    NotAMemberOnStart = 4,
}

/// <summary>The rules of one organization's seats.</summary>
public static class LeadershipRules
{
    /// <summary>
    /// The problems of <paramref name="seat"/> among the organization's other seats: end ≥ start, at most one Bí thư at
    /// any date, and the same member not twice in overlapping terms (a cấp ủy seat and the agency head's post may be held
    /// together: a Bí thư is often also the head of the agency).
    /// </summary>
    public static IReadOnlyList<SeatProblem> Check(LeadershipSeat seat, IEnumerable<LeadershipSeat> others, bool memberBelongsOnStart)
    {
        ArgumentNullException.ThrowIfNull(seat);
        ArgumentNullException.ThrowIfNull(others);
        var problems = new List<SeatProblem>();
        if (seat.EndsOn is { } end && end < seat.StartsOn)
        {
            problems.Add(SeatProblem.EndsBeforeStart);
            return problems;
        }

        if (!memberBelongsOnStart)
        {
            problems.Add(SeatProblem.NotAMemberOnStart);
        }

        var overlapping = others
            .Where(o => !ReferenceEquals(o, seat) && (seat.Id == 0 || o.Id != seat.Id))
            .Where(o => o.OrganizationId == seat.OrganizationId && o.Overlaps(seat)).ToList();
        if (seat.Post == LeadershipPost.Secretary && overlapping.Any(o => o.Post == LeadershipPost.Secretary && o.MemberId != seat.MemberId))
        {
            problems.Add(SeatProblem.SecondSecretary);
        }

        if (overlapping.Any(o => o.MemberId == seat.MemberId && o.Post.IsCommitteePost() == seat.Post.IsCommitteePost()))
        {
            problems.Add(SeatProblem.MemberAlreadySeated);
        }

        return problems;
    }
}
