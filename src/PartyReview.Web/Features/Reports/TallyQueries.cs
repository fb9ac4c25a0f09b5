using PartyReview.Data;
using PartyReview.Domain.Movements;
using PartyReview.Domain.Reporting;
using PartyReview.Domain.Reviews;

namespace PartyReview.Web.Features.Reports;

/// <summary>
/// The grouped aggregate queries behind every tally: the database counts, the application never loads rows to count them.
/// Public so that tests can check each one translates on every provider.
/// </summary>
public static class TallyQueries
{
    /// <summary>Reviews of one period counted per level and not-rated reason.</summary>
    public static IQueryable<TallyGroup> LevelGroups<TReview>(IQueryable<TReview> reviews, int periodId)
        where TReview : ReviewRecord =>
        reviews.Where(r => r.ReviewPeriodId == periodId)
            .GroupBy(r => new { r.Level, r.NotRatedReason })
            .Select(g => new TallyGroup(g.Key.Level, g.Key.NotRatedReason, g.Count()));

    /// <summary>
    /// The committee's membership events of one calendar year, counted per kind. Transfers between two of its own
    /// organizations are not the committee's movements and are left out.
    /// </summary>
    public static IQueryable<MovementGroup> MovementGroups(PartyReviewDbContext db, int committeeId, int year) =>
        from e in MovementsOfYear(db, year)
        where e.CommitteeId == committeeId
        group e by e.Kind into g
        select new MovementGroup(g.Key, g.Count());

    /// <summary>
    /// Every committee's membership events of one calendar year, each with its committee: the one home of what counts
    /// as a committee's movement. Transfers between two of its own organizations are not the committee's movements and
    /// are left out.
    /// </summary>
    public static IQueryable<YearMovementLine> MovementsOfYear(PartyReviewDbContext db, int year)
    {
        ArgumentNullException.ThrowIfNull(db);
        var firstDay = new DateOnly(year, 1, 1);
        var lastDay = new DateOnly(year, 12, 31);
        return from e in db.MembershipEvents
               join o in db.Organizations on e.OrganizationId equals o.Id
               where e.OccurredOn >= firstDay && e.OccurredOn <= lastDay && e.CounterpartOrganizationId == null
               select new YearMovementLine { CommitteeId = o.CommitteeId, Kind = e.Kind };
    }
}

/// <summary>One membership event of a year, with the committee it counts for.</summary>
public sealed record YearMovementLine
{
    public int CommitteeId { get; init; }
    public MembershipEventKind Kind { get; init; }
}

public readonly record struct MovementGroup(MembershipEventKind Kind, int Count);
